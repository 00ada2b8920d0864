package com.reptempo.simulator;

import com.reptempo.model.Placement;
import com.reptempo.model.Side;

import java.util.List;
import java.util.Objects;

/**
 * The ground truth of one set: from the start of getting into position to the end of the still
 * period after the last rep.
 *
 * @param exercise      exercise id
 * @param posture       how the person lay
 * @param placement     where the sensor was worn
 * @param sensorToBody  realised sensor→body rotation (placement, mounting and clip-on misalignment)
 * @param start_s       start, seconds
 * @param end_s         end, seconds
 * @param perSide       true when reps have a side
 * @param reps          counted reps, in order
 * @param nonReps       labelled motion that is not a rep, in order
 */
public record SetTruth(String exercise, Posture posture, Placement placement, Quaternion sensorToBody,
                       double start_s, double end_s, boolean perSide, List<RepTruth> reps, List<NonRepTruth> nonReps) {
    public SetTruth {
        Objects.requireNonNull(exercise, "exercise");
        reps = List.copyOf(reps);
        nonReps = List.copyOf(nonReps);
    }

    /** Number of counted reps. */
    public int count() {
        return reps.size();
    }

    /** Number of counted reps on this side. */
    public int count(Side side) {
        return (int) reps.stream().filter(r -> r.side() == side).count();
    }
}
