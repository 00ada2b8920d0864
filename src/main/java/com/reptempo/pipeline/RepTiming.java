package com.reptempo.pipeline;

/**
 * When a movement went out, stayed and came back, seconds on the samples' clock.
 *
 * @param start_s      the way out began
 * @param outEnd_s     the way out ended (the top was reached)
 * @param backStart_s  the way back began (the top was left)
 * @param end_s        the way back ended
 * @param turn_s       the middle of the time near the top: where the way out turns into the way back
 *                     when there is no hold
 * @param startFromTop_s the start of the way out as extrapolated from the part of the ramp next to the top
 *                       (a second opinion on start_s, used only for judging tempo: see {@link TempoJudge})
 * @param endFromTop_s   the end of the way back as extrapolated from the part of the ramp next to the top
 * @param outEndPlaced_s    the end of the way out with the ramp's duration taken from most of its travel
 *                          (a second opinion on outEnd_s, used only for judging the hold: see {@link TempoJudge})
 * @param backStartPlaced_s the start of the way back likewise
 * @param startWhole_s the start of the way out by a fit over most of its travel (a third opinion on start_s,
 *                     used only for judging too-fast)
 * @param endWhole_s   the end of the way back likewise
 * @param turnEarliest_s the earliest plausible turn (without a hold): the earliest of {@code turn_s}, the far fit's end of
 *                       the way out and the near fit's start of the way back (used only for judging too-fast)
 * @param turnLatest_s   the latest plausible turn likewise
 */
record RepTiming(double start_s, double outEnd_s, double backStart_s, double end_s, double turn_s,
                 double startFromTop_s, double endFromTop_s, double outEndPlaced_s, double backStartPlaced_s,
                 double startWhole_s, double endWhole_s, double turnEarliest_s, double turnLatest_s) {
    /** A timing with a single opinion on each boundary. */
    RepTiming(double start_s, double outEnd_s, double backStart_s, double end_s, double turn_s) {
        this(start_s, outEnd_s, backStart_s, end_s, turn_s, start_s, end_s, outEnd_s, backStart_s, start_s, end_s, turn_s, turn_s);
    }

    double duration_s() {
        return end_s - start_s;
    }

    double out_s() {
        return outEnd_s - start_s;
    }

    double top_s() {
        return backStart_s - outEnd_s;
    }

    double back_s() {
        return end_s - backStart_s;
    }
}
