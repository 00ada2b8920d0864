package com.reptempo.app.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The count-along: while a phase runs, one count per second of <em>sample</em> time (so replay,
 * demo and tests behave the same), a distinct cue when a new phase starts, and nothing while she
 * rests between reps. Single-threaded: fed from one thread.
 */
public final class CountAlong {
    /** What to sound. */
    public enum CueKind { PHASE_START, COUNT, REST }

    /**
     * A cue for the exerciser.
     *
     * @param kind   phase start, a count, or the end of a rep
     * @param phase  the phase it belongs to, or null at rest
     * @param count  the count now shown (1 at a phase start)
     * @param beyondTarget true when the count passed the phase's longest target (she should move on)
     */
    public record Cue(CueKind kind, String phase, int count, boolean beyondTarget) {
    }

    /**
     * What to show: the phase and its count, e.g. "lift 3 of 4".
     *
     * @param phase      current phase, or null at rest
     * @param count      current count, 1-based (0 at rest)
     * @param targetMax  counts the phase should last at most (0 at rest)
     * @param targetMin  counts the phase should last at least (0 at rest)
     */
    public record Display(String phase, int count, int targetMin, int targetMax) {
        public static final Display REST = new Display(null, 0, 0, 0);
    }

    private String phase;
    private int targetMin;
    private int targetMax;
    private double phaseStart_s;
    private int count;

    /**
     * Advances to sample time {@code t_s} given the phase that is running now.
     *
     * @param currentPhase phase name, or null at rest
     * @param phaseStart_s when the current phase started (sample time), ignored at rest
     * @param minCounts    the phase's shortest target, counts (seconds)
     * @param maxCounts    the phase's longest target, counts
     * @return the cues due since the last call, in order
     */
    public List<Cue> update(double t_s, String currentPhase, double phaseStart_s, double minCounts, double maxCounts) {
        List<Cue> cues = new ArrayList<>(2);
        if (currentPhase == null) {
            if (phase != null) cues.add(new Cue(CueKind.REST, null, 0, false));
            phase = null;
            count = 0;
            return cues;
        }
        if (!Objects.equals(currentPhase, phase) || phaseStart_s != this.phaseStart_s) {
            phase = currentPhase;
            this.phaseStart_s = phaseStart_s;
            targetMin = (int) Math.round(minCounts);
            targetMax = (int) Math.round(maxCounts);
            count = 1;
            cues.add(new Cue(CueKind.PHASE_START, phase, 1, false));
        }
        int due = 1 + (int) Math.floor(Math.max(0, t_s - this.phaseStart_s) + 1e-9);
        while (count < due) {
            count++;
            cues.add(new Cue(CueKind.COUNT, phase, count, count > targetMax));
        }
        return cues;
    }

    /** What the screen shows now. */
    public Display display() {
        return phase == null ? Display.REST : new Display(phase, count, targetMin, targetMax);
    }
}
