package com.reptempo.app.live;

import java.util.List;

/**
 * Everything the live exercise screen shows, as one immutable snapshot read ~30 times a second.
 *
 * @param exerciseName   e.g. "Cobra lift"
 * @param targetText     e.g. "lift 4, hold 2 to 3, lower 4 counts; 10 reps"
 * @param stage          where the set stands
 * @param prompt         what to do now, in plain words
 * @param calibration    calibration progress 0..1
 * @param reps           reps completed in this set (on the current side for exercises done in blocks)
 * @param repTarget      reps to do (per side for per-side exercises)
 * @param side           "Right"/"Left" for per-side exercises, null otherwise
 * @param left           reps on the left so far
 * @param right          reps on the right so far
 * @param phase          the phase running now, null between reps
 * @param count          the count-along's current count (0 between reps)
 * @param countMin       the phase's shortest target, counts
 * @param countMax       the phase's longest target, counts
 * @param feedback       plain words about the last rep (empty before the first)
 * @param lastQuality    quality 0..100 of the last rep, NaN before the first
 * @param lastRepGood    true when the last rep had no fault
 * @param time_s         sample time of the latest sample
 */
public record LiveView(String exerciseName, String targetText, Stage stage, String prompt, double calibration,
                       int reps, int repTarget, String side, int left, int right,
                       String phase, int count, int countMin, int countMax,
                       List<String> feedback, double lastQuality, boolean lastRepGood, double time_s) {
    /** Where a set stands. */
    public enum Stage { CALIBRATING, READY, RUNNING, PAUSED, FINISHED }

    public LiveView {
        feedback = List.copyOf(feedback);
    }
}
