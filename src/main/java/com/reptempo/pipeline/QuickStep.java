package com.reptempo.pipeline;

/**
 * Tells a quick step (a fidget or a knock that leaves the body elsewhere) from a rep
 * ({@link ExcursionDetector#STEP_STILL_S}): the movement reached its peak from half of it within
 * {@code quickRise_s}, and the place where the sensor is now still is at least
 * {@link ExcursionDetector#STEP_BACK_FRACTION} of the peak away from the peak (a rep's hold stays at
 * its peak). The rise time is measured once per peak (it only changes with the peak); nothing is
 * allocated per sample.
 */
final class QuickStep {
    private final SignalHistory history;
    private final double quickRise_s;
    private long risePeakIndex = -1;
    private double rise_s;

    /** quickRise_s: the longest rise from half the peak to the peak of a quick step; 0 turns the rule off. */
    QuickStep(SignalHistory history, double quickRise_s) {
        this.history = history;
        this.quickRise_s = quickRise_s;
    }

    /** A new movement: forgets the rise measured for the last one. */
    void reset() {
        risePeakIndex = -1;
    }

    /**
     * Whether the movement that started at startIndex from direction g0 and peaked (peak_deg) at
     * peakIndex, now still at direction anchor, was a quick step that came to rest away from its peak.
     */
    boolean steppedAside(double peak_deg, long peakIndex, long startIndex, double g0x, double g0y, double g0z,
                         double anchorX, double anchorY, double anchorZ) {
        if (quickRise_s <= 0) return false;
        double px = history.get(peakIndex, SignalHistory.GX);
        double py = history.get(peakIndex, SignalHistory.GY);
        double pz = history.get(peakIndex, SignalHistory.GZ);
        if (ExcursionDetector.chordDeg(anchorX - px, anchorY - py, anchorZ - pz)
                < ExcursionDetector.STEP_BACK_FRACTION * peak_deg) {
            return false;
        }
        if (risePeakIndex != peakIndex) {
            risePeakIndex = peakIndex;
            rise_s = riseFromHalf_s(peak_deg, peakIndex, startIndex, g0x, g0y, g0z);
        }
        return rise_s <= quickRise_s;
    }

    /** Time from the last sample below half the peak to the peak. */
    private double riseFromHalf_s(double peak_deg, long peakIndex, long startIndex, double g0x, double g0y, double g0z) {
        double halfChord = 2 * Math.sin(Math.toRadians(peak_deg / 2) / 2);
        double tPeak = history.get(peakIndex, SignalHistory.T);
        for (long i = peakIndex; i > startIndex; i--) {
            double dx = history.get(i, SignalHistory.GX) - g0x;
            double dy = history.get(i, SignalHistory.GY) - g0y;
            double dz = history.get(i, SignalHistory.GZ) - g0z;
            if (dx * dx + dy * dy + dz * dz < halfChord * halfChord) return tPeak - history.get(i, SignalHistory.T);
        }
        return Double.POSITIVE_INFINITY;
    }
}
