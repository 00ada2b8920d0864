package com.reptempo.pipeline;

/**
 * The tunable numbers of the custom-exercise counter ({@link CycleAnalysis}). Everything else is
 * derived from the set itself: the signal (acceleration magnitude or principal axis), the rep
 * period, the band and the hysteresis level. The defaults were chosen on the barbell-wrist
 * recordings (BENCHMARKS.md gives a leave-one-participant-out check of that choice).
 *
 * @param lowPerPeriod      high-pass corner of the counting band, in cycles per rep period (Hz × period_s)
 * @param highPerPeriod     low-pass corner of the counting band, in cycles per rep period
 * @param hysteresis        the signal must swing beyond ± this share of its typical amplitude to count
 * @param edgeShare         a first or last rep whose peak is below this share of the set's median peak
 *                          is a partial movement (un-racking, re-racking) and is not counted
 * @param magnitudeShare    the acceleration magnitude is counted when its swing is at least this share of
 *                          the principal axis's swing; otherwise the principal axis is (slow tilts do
 *                          not change the magnitude)
 */
public record CycleSettings(double lowPerPeriod, double highPerPeriod, double hysteresis, double edgeShare,
                     double magnitudeShare) {
    /** The chosen values. */
    public static final CycleSettings DEFAULTS = new CycleSettings(0.5, 3.0, 0.4, 0.5, 0.5);

    public CycleSettings {
        if (!(lowPerPeriod > 0 && highPerPeriod > lowPerPeriod)) throw new IllegalArgumentException("band: 0 < low < high");
        if (!(hysteresis > 0 && hysteresis < 1)) throw new IllegalArgumentException("hysteresis in (0, 1)");
        if (!(edgeShare >= 0 && edgeShare < 1)) throw new IllegalArgumentException("edge share in [0, 1)");
        if (!(magnitudeShare >= 0)) throw new IllegalArgumentException("magnitude share >= 0");
    }

    public CycleSettings withLowPerPeriod(double v) {
        return new CycleSettings(v, highPerPeriod, hysteresis, edgeShare, magnitudeShare);
    }

    public CycleSettings withHighPerPeriod(double v) {
        return new CycleSettings(lowPerPeriod, v, hysteresis, edgeShare, magnitudeShare);
    }

    public CycleSettings withHysteresis(double v) {
        return new CycleSettings(lowPerPeriod, highPerPeriod, v, edgeShare, magnitudeShare);
    }

    public CycleSettings withEdgeShare(double v) {
        return new CycleSettings(lowPerPeriod, highPerPeriod, hysteresis, v, magnitudeShare);
    }
}
