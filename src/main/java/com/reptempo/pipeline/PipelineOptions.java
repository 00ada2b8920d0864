package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.Side;

import java.util.Objects;

/**
 * How to analyse a set beyond what the exercise definition says.
 *
 * @param firstSide  the side of the set's first rep, for exercises done per side (the routine
 *                   starts on the right)
 * @param thresholds fault thresholds overriding the exercise's own (a physiotherapist's
 *                   prescription), or null to use the exercise's
 */
public record PipelineOptions(Side firstSide, FaultThresholds thresholds) {
    public PipelineOptions {
        Objects.requireNonNull(firstSide, "firstSide");
    }

    /** First side right, the exercise's own thresholds. */
    public static PipelineOptions defaults() {
        return new PipelineOptions(Side.RIGHT, null);
    }

    public PipelineOptions withFirstSide(Side side) {
        return new PipelineOptions(side, thresholds);
    }

    public PipelineOptions withThresholds(FaultThresholds t) {
        return new PipelineOptions(firstSide, t);
    }

    /** The thresholds that apply to this exercise. */
    public FaultThresholds thresholdsFor(ExerciseDefinition exercise) {
        return thresholds != null ? thresholds : exercise.thresholds();
    }
}
