package com.reptempo.simulator;

import com.reptempo.model.FaultKind;
import com.reptempo.model.Side;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.List;
import java.util.Objects;

/**
 * The ground truth of one counted rep.
 *
 * @param index                  rep number within its set, from 1
 * @param exercise               exercise id
 * @param side                   side worked, or null when the exercise is not done per side
 * @param start_s                start of the first phase, seconds
 * @param end_s                  end of the last phase, seconds
 * @param phases                 every phase, in order, with the exercise's phase names
 * @param injectedFaults         what the simulator did wrong on purpose (sorted)
 * @param expectedFaults         the pipeline faults the realised rep should get under the exercise's thresholds (sorted)
 * @param amplitude_deg          peak rotation of the sensor from its orientation at the rep's start, degrees
 * @param peakPelvisRotation_deg peak rotation of the pelvis from the rep's start, degrees (the sensor rides on the
 *                               pelvis or, for the cobra lift, the lumbosacral region, so this equals the amplitude)
 * @param rotationAxis_sensor    unit axis of the rep's rotation in the sensor frame (positive = out phase)
 * @param pauses                 mid-rep pauses (movement stopped), empty when none
 */
public record RepTruth(int index, String exercise, Side side, double start_s, double end_s, List<PhaseTruth> phases,
                       List<InjectedFault> injectedFaults, List<FaultKind> expectedFaults, double amplitude_deg,
                       double peakPelvisRotation_deg, Vector3D rotationAxis_sensor, List<TimeSpan> pauses) {
    public RepTruth {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(rotationAxis_sensor, "rotationAxis_sensor");
        phases = List.copyOf(phases);
        injectedFaults = List.copyOf(injectedFaults);
        expectedFaults = List.copyOf(expectedFaults);
        pauses = List.copyOf(pauses);
    }

    /** The same rep with these expected pipeline faults. */
    RepTruth withExpectedFaults(List<FaultKind> expected) {
        return new RepTruth(index, exercise, side, start_s, end_s, phases, injectedFaults, expected, amplitude_deg,
                peakPelvisRotation_deg, rotationAxis_sensor, pauses);
    }

    /** Start to end, seconds. */
    public double duration_s() {
        return end_s - start_s;
    }
}
