package com.reptempo.pipeline;

/**
 * One movement away from rest and (usually) back, as the detector saw it: a candidate rep.
 *
 * @param startIndex  absolute sample number where it started (the rest before it)
 * @param endIndex    absolute sample number where it ended
 * @param t_s         sample times, seconds (as measured; not yet corrected for filter delay)
 * @param theta_deg   rotation from the starting orientation, degrees (always >= 0)
 * @param phi_deg     rotation along the direction of the peak, degrees (signed)
 * @param peak_deg    largest rotation from the starting orientation, degrees
 * @param peakIndex   index into the arrays of the largest rotation
 * @param peakZ       Mahalanobis distance of the peak from the start under the rest wobble
 * @param dirX        unit direction of the peak deviation of gravity in the sensor frame, x
 * @param dirY        y
 * @param dirZ        z
 * @param upX         gravity direction at the start, x
 * @param upY         y
 * @param upZ         z
 * @param end         how it ended
 * @param restBase_deg rotation along the direction of the peak (as phi) of the orientation shortly before the start:
 *                     where the movement really started from, 0 when unknown
 */
record Excursion(long startIndex, long endIndex, double[] t_s, double[] theta_deg, double[] phi_deg, double peak_deg,
                 int peakIndex, double peakZ, double dirX, double dirY, double dirZ, double upX, double upY, double upZ,
                 End end, double restBase_deg) {
    /** How an excursion ended. */
    enum End {
        /** Came back to where it started. */
        RETURNED,
        /** Came most of the way back and stayed still somewhere near. */
        SETTLED,
        /** Stayed still far from where it started (a new posture). */
        STUCK,
        /** Went far beyond any rep (getting into position, sensor in the hand). */
        POSTURE_CHANGE,
        /** Lasted longer than any rep can. */
        TIMEOUT,
        /** The stream ended first. */
        STREAM_END
    }

    int length() {
        return t_s.length;
    }

    double start_s() {
        return t_s[0];
    }

    double end_s() {
        return t_s[t_s.length - 1];
    }

    double duration_s() {
        return end_s() - start_s();
    }

    /** Cosine between this movement's direction and other's (both unit vectors). */
    double cosTo(Excursion other) {
        return dirX() * other.dirX() + dirY() * other.dirY() + dirZ() * other.dirZ();
    }

    /** Time spent at or above half the peak, seconds. */
    double timeAboveHalf_s() {
        double half = peak_deg / 2;
        double sum = 0;
        for (int i = 1; i < t_s.length; i++) {
            if (theta_deg[i] >= half && theta_deg[i - 1] >= half) sum += t_s[i] - t_s[i - 1];
        }
        return sum;
    }
}
