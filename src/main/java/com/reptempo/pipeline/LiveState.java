package com.reptempo.pipeline;

import com.reptempo.model.RepResult;

/**
 * What a live display shows, as of the last sample fed (immutable; take one at display rate).
 *
 * @param calibrated          true once the still period has been measured
 * @param calibrationProgress 0..1 of the still period seen
 * @param phase               the current phase's name, or null between reps
 * @param timeInPhase_s       seconds in the current phase (0 between reps)
 * @param repInProgress       number of the rep under way, or 0 between reps
 * @param repsCompleted       reps completed so far
 * @param countLeft           completed reps on the left
 * @param countRight          completed reps on the right
 * @param motionAngle_deg     rotation from rest (between reps) or from the rep's start, degrees: the
 *                            signal reps are detected on
 * @param lastRep             the last completed rep, or null
 * @param t_s                 time of the last sample, seconds
 */
public record LiveState(boolean calibrated, double calibrationProgress, String phase, double timeInPhase_s,
                        int repInProgress, int repsCompleted, int countLeft, int countRight, double motionAngle_deg,
                        RepResult lastRep, double t_s) {
}
