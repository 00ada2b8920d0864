package com.reptempo.simulator;

/**
 * The simulated person's own habits, drawn once per session (see docs/SIMULATOR.md).
 *
 * @param tempo              her own pace relative to the targets (many people rush: mean 0.96)
 * @param repVariationSd     rep-to-rep variation of phase durations and amplitude (fraction)
 * @param amplitudeFraction  where her amplitudes sit in each exercise's range, 0..1
 * @param restGap_s          typical pause between reps, seconds
 * @param breathingRate_hz   breaths per second (12-20 per minute)
 * @param breathing_deg      pelvic tilt of one breath, degrees (peak)
 * @param tremorRate_dps     physiological tremor at rest, angular rate, deg/s RMS per axis
 * @param tremorAccel_g      physiological tremor at rest, acceleration, g RMS per axis
 */
record Person(double tempo, double repVariationSd, double amplitudeFraction, double restGap_s,
              double breathingRate_hz, double breathing_deg, double tremorRate_dps, double tremorAccel_g) {

    static Person draw(Rng rng) {
        return new Person(
                rng.gaussian(0.96, 0.05, 0.88, 1.08),
                rng.uniform(0.035, 0.06),
                rng.nextDouble(),
                rng.uniform(0.9, 2.0),
                rng.uniform(12, 20) / 60,
                rng.uniform(0.15, 0.35),
                rng.uniform(0.08, 0.2),
                rng.uniform(0.0003, 0.0008));
    }
}
