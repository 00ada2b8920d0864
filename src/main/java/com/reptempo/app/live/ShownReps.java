package com.reptempo.app.live;

import com.reptempo.model.RepResult;
import com.reptempo.model.Side;

import java.util.ArrayList;
import java.util.List;

/**
 * The reps shown on the live screen, numbered as the screen counts them (reps during a pause are
 * not shown), each remembering the number the pipeline gave it, so that a rep the pipeline takes
 * back later ({@code onRepAbandoned} with the index of a rep already reported: a restart at a
 * change of posture, a run of attempts given up, a first rep that was settling) leaves the count.
 * Not thread-safe: the controller guards it.
 */
final class ShownReps {
    private final List<RepResult> shown = new ArrayList<>();
    private final List<Integer> pipelineIndex = new ArrayList<>();

    /** Shows a rep the pipeline completed; returns it numbered as the screen counts. */
    RepResult add(RepResult rep) {
        RepResult r = rep.withIndex(shown.size() + 1);
        shown.add(r);
        pipelineIndex.add(rep.index());
        return r;
    }

    /**
     * Takes back the shown rep the pipeline numbered {@code repIndex}, if one is shown (an
     * announced movement that never became a rep is not); returns it, or null.
     */
    RepResult withdraw(int repIndex) {
        int i = pipelineIndex.lastIndexOf(repIndex);
        if (i < 0) return null;
        pipelineIndex.remove(i);
        RepResult gone = shown.remove(i);
        for (int k = i; k < shown.size(); k++) shown.set(k, shown.get(k).withIndex(k + 1));
        return gone;
    }

    /** Every side label swapped (the sides were found the other way round). */
    void swapSides() {
        shown.replaceAll(RepResult::withOtherSide);
    }

    int size() {
        return shown.size();
    }

    int onSide(Side side) {
        return (int) shown.stream().filter(r -> r.side() == side).count();
    }

    /** The last rep shown, or null. */
    RepResult last() {
        return shown.isEmpty() ? null : shown.get(shown.size() - 1);
    }
}
