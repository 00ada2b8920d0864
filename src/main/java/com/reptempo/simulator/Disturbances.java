package com.reptempo.simulator;

/**
 * The things that are not reps: how often a pause between reps holds a fidget or a bump, and
 * whether breathing and physiological tremor move the sensor.
 *
 * @param fidgetRate probability that a pause between reps holds a fidget (a small shift of the body)
 * @param bumpRate   probability that a pause between reps holds a bump (a knock on the sensor)
 * @param breathing  true to add breathing (12-20 breaths/min)
 * @param tremor     true to add physiological tremor (8-12 Hz)
 */
public record Disturbances(double fidgetRate, double bumpRate, boolean breathing, boolean tremor) {
    /** Realistic defaults: 12 % fidgets, 6 % bumps, breathing and tremor on. */
    public static final Disturbances DEFAULT = new Disturbances(0.12, 0.06, true, true);

    /** No fidgets, bumps, breathing or tremor: only reps (for checking the model). */
    public static final Disturbances NONE = new Disturbances(0, 0, false, false);

    public Disturbances {
        if (!(fidgetRate >= 0 && bumpRate >= 0 && fidgetRate + bumpRate <= 1)) {
            throw new IllegalArgumentException("fidget and bump rates must be >= 0 with a sum <= 1");
        }
    }
}
