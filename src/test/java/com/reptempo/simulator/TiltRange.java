package com.reptempo.simulator;

import com.reptempo.model.Sample;

import java.util.List;

/** How far the sensor turned over some samples, for tests of what the simulated person does. */
public final class TiltRange {
    private TiltRange() {
    }

    /** Largest angle, degrees, between the first sample's acceleration and any other's. */
    public static double of_deg(List<Sample> samples) {
        Sample a = samples.get(0);
        double max = 0;
        for (Sample b : samples) {
            double cos = (a.ax_g() * b.ax_g() + a.ay_g() * b.ay_g() + a.az_g() * b.az_g())
                    / (a.accelMagnitude_g() * b.accelMagnitude_g());
            max = Math.max(max, Math.toDegrees(Math.acos(Math.min(1, cos))));
        }
        return max;
    }
}
