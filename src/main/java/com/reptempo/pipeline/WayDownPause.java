package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.PhaseTarget;

/**
 * A rep cut at a pause on its way down: she stopped part of the way back, the detector closed the movement at
 * that stop ({@link PhaseTimer#wayBackUnfinished}) and took the rest of the way for a movement of its own, so
 * the stop never shows in the rep's speed profile and its smoothness cannot see it. Such a rep is jerky when
 * the movement
 * <ul>
 * <li>ended still at least {@link #MIN_LEFT_FRACTION} of its travel above the rest it left from: a pause in the
 * middle of a way leaves a third or more of it to go, while a pelvis that settles a little off its old rest
 * after a rep ends within a quarter ({@link PhaseTimer#UNFINISHED_FRACTION});</li>
 * <li>reached a full rep's range (no {@code partial-range}): a partial rep's way back is too small to tell a
 * pause from breathing and settling;</li>
 * <li>lasted less than a whole rep may at its slowest target pace (the sum of the phases' target maxima): it
 * holds the way out, the top and part of the way back only. A longer movement that ends up off its rest is two
 * reps or a rep and a shift merged, whose end is not a rep's pause.</li>
 * </ul>
 */
final class WayDownPause {
    /** The movement's last rotation lies at least this fraction of its travel above the rest it left from. */
    static final double MIN_LEFT_FRACTION = 0.3;

    private WayDownPause() {
    }

    /**
     * Whether the movement e, judged a rep of exercise ex (partialRange: its range is a partial rep's), was cut
     * at a pause on its way down.
     *
     * @param wayBackLeft the movement's {@link PhaseTimer#wayBackLeftUnlessReturned}
     */
    static boolean cut(Excursion e, ExerciseDefinition ex, boolean partialRange, double wayBackLeft) {
        if (partialRange || !PhaseTimer.wayBackUnfinished(wayBackLeft)) return false;
        if (!(wayBackLeft >= MIN_LEFT_FRACTION)) return false;
        double whole_s = 0;
        for (PhaseTarget p : ex.phases()) whole_s += p.max_s();
        return e.duration_s() < whole_s;
    }
}
