package com.reptempo.pipeline;

/**
 * Turns the samples of a finished movement (held in the {@link SignalHistory}) into an
 * {@link Excursion}: the rotation from its start (total, and along the direction of its peak)
 * sample by sample.
 *
 * <p>Breathing rocks the pelvis about one axis, so the rest wobble is elongated in one direction
 * ({@link RestModel#mainWobble}). When it clearly is ({@link #BREATH_ANISOTROPY}) and the movement
 * points elsewhere ({@link #BREATH_MAX_COS}), the rotation along the movement is measured across
 * the breathing direction (and rescaled), which removes breathing from the timing of small reps.
 */
final class ExcursionBuilder {
    static final double BREATH_ANISOTROPY = 2.0;
    static final double BREATH_MAX_COS = 0.8;
    /**
     * A movement's direction is taken towards the average of its samples beyond this fraction of
     * its peak: breathing rocks the pelvis by 0.15-0.35°, a third to half of a 0.6-1.2° partial
     * rep, and the single farthest sample is the one where breathing happened to add most, so
     * its direction is turned towards breathing's axis; over the top's 1-2 s breathing averages out.
     */
    static final double TOP_FRACTION = 0.8;

    /** The rest before a movement is averaged over this long, ending {@link #BASE_GAP_S} before its detected start. */
    static final double BASE_AVERAGE_S = 0.3;
    /**
     * A slow movement is told from rest only once under way (its first moments move less than the
     * rest wobble), so the orientation where it really started is looked for this long before.
     */
    static final double BASE_GAP_S = 0.3;

    private ExcursionBuilder() {
    }

    /** Phi (along c, scaled by gain) of the average orientation over the base window before sample start; 0 if none. */
    static double restBase(SignalHistory history, long start, long lowest, double g0x, double g0y, double g0z,
                           double cx, double cy, double cz, double gain) {
        double ts = history.get(start, SignalHistory.T);
        long k = start;
        while (k > lowest && ts - history.get(k, SignalHistory.T) < BASE_GAP_S) k--;
        double sx = 0;
        double sy = 0;
        double sz = 0;
        int n = 0;
        double tk = history.get(k, SignalHistory.T);
        while (k >= lowest && tk - history.get(k, SignalHistory.T) <= BASE_AVERAGE_S && ts - history.get(k, SignalHistory.T) >= BASE_GAP_S) {
            sx += history.get(k, SignalHistory.GX);
            sy += history.get(k, SignalHistory.GY);
            sz += history.get(k, SignalHistory.GZ);
            n++;
            k--;
        }
        if (n == 0) return 0;
        double a = ((sx / n - g0x) * cx + (sy / n - g0y) * cy + (sz / n - g0z) * cz) * gain;
        return Math.signum(a) * Angles.chordToDeg(Math.abs(a));
    }

    /** Adds sample k's rotation from (g0x, g0y, g0z) to sum if it is at least topChord; returns whether it was. */
    private static boolean addIfTop(SignalHistory history, long k, double g0x, double g0y, double g0z, double topChord,
                                    double[] sum) {
        double dx = history.get(k, SignalHistory.GX) - g0x;
        double dy = history.get(k, SignalHistory.GY) - g0y;
        double dz = history.get(k, SignalHistory.GZ) - g0z;
        if (dx * dx + dy * dy + dz * dz < topChord * topChord) return false;
        sum[0] += dx;
        sum[1] += dy;
        sum[2] += dz;
        return true;
    }

    static Excursion build(SignalHistory history, RestModel rest, long startIndex, long endIdx, long peakIndex,
                           double g0x, double g0y, double g0z, Excursion.End end, long lowest) {
        boolean brief = end == Excursion.End.POSTURE_CHANGE || end == Excursion.End.STUCK || end == Excursion.End.TIMEOUT;
        int full = (int) (endIdx - startIndex + 1);
        // A movement that did not come back is never a rep: only its ends are kept.
        int n = brief ? Math.min(2, full) : full;
        double[] t = new double[n];
        double[] theta = new double[n];
        double[] phi = new double[n];
        double px = history.get(peakIndex, SignalHistory.GX) - g0x;
        double py = history.get(peakIndex, SignalHistory.GY) - g0y;
        double pz = history.get(peakIndex, SignalHistory.GZ) - g0z;
        double pm = Math.sqrt(px * px + py * py + pz * pz);
        // The direction: towards the average of the top around the peak, not the single peak sample (breathing picks it).
        double topChord = TOP_FRACTION * pm;
        double[] top = new double[3];
        if (!brief) {
            long before = peakIndex;
            while (before >= startIndex && addIfTop(history, before, g0x, g0y, g0z, topChord, top)) before--;
            long after = peakIndex + 1;
            while (after <= endIdx && addIfTop(history, after, g0x, g0y, g0z, topChord, top)) after++;
        }
        double sx = top[0];
        double sy = top[1];
        double sz = top[2];
        double sm = Math.sqrt(sx * sx + sy * sy + sz * sz);
        if (sm == 0) {
            sx = px;
            sy = py;
            sz = pz;
            sm = pm;
        }
        double ux = sm > 0 ? sx / sm : 0;
        double uy = sm > 0 ? sy / sm : 0;
        double uz = sm > 0 ? sz / sm : 0;
        // Breathing rocks the pelvis about one axis: measure the movement across that direction when it can be told apart.
        double[] b = new double[3];
        double anisotropy = rest.mainWobble(b);
        double along = ux * b[0] + uy * b[1] + uz * b[2];
        double cx = ux;
        double cy = uy;
        double cz = uz;
        double gain = 1;
        if (anisotropy >= BREATH_ANISOTROPY && Math.abs(along) <= BREATH_MAX_COS) {
            cx = ux - along * b[0];
            cy = uy - along * b[1];
            cz = uz - along * b[2];
            double cn = Math.sqrt(cx * cx + cy * cy + cz * cz);
            cx /= cn;
            cy /= cn;
            cz /= cn;
            gain = 1 / cn;
        }
        for (int i = 0; i < n; i++) {
            long k = brief && i == n - 1 ? endIdx : startIndex + i;
            double dx = history.get(k, SignalHistory.GX) - g0x;
            double dy = history.get(k, SignalHistory.GY) - g0y;
            double dz = history.get(k, SignalHistory.GZ) - g0z;
            t[i] = history.get(k, SignalHistory.T);
            theta[i] = Angles.chordToDeg(Math.sqrt(dx * dx + dy * dy + dz * dz));
            double a = (dx * cx + dy * cy + dz * cz) * gain;
            phi[i] = Math.signum(a) * Angles.chordToDeg(Math.abs(a));
        }
        int peakAt = brief ? n - 1 : (int) Math.min(n - 1, Math.max(0, peakIndex - startIndex));
        double peakZ = rest.distance(history.get(peakIndex, SignalHistory.GX), history.get(peakIndex, SignalHistory.GY),
                history.get(peakIndex, SignalHistory.GZ), g0x, g0y, g0z);
        double base = restBase(history, startIndex, Math.max(lowest, history.oldest()), g0x, g0y, g0z, cx, cy, cz, gain);
        return new Excursion(startIndex, endIdx, t, theta, phi, Angles.chordToDeg(pm), peakAt, peakZ, ux, uy, uz,
                g0x, g0y, g0z, end, base);
    }
}
