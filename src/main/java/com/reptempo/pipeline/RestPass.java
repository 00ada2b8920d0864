package com.reptempo.pipeline;

/**
 * Tells a movement that passed through the old rest on a rep's way out from a new rest (after a
 * shift mid-set) from one that came back to it: the way out again points away from the place the
 * body was last held at, and the sensor never stopped below the return level. Used by
 * {@link ExcursionDetector} when a movement is about to end back at its start (docs/PIPELINE.md §4,
 * "through the old rest mid-set"). The stillness scan ({@link Scan}) measures each window once.
 */
final class RestPass {
    /**
     * Once the set has begun, a movement that came back below its return level and went out again
     * (beyond twice it) without having stopped there passed through the old rest on a rep's way
     * out from a new one, if the way out again points away from the place it was last held at:
     * its cosine with that place's direction is below this. A shift
     * leaves the body beside or across the old rest, and the next rep from the new rest crosses it
     * (routine 4108 set 1: 0.07, other sets -0.2 to -1); the next rep of an alternating exercise
     * after a pause on a rep's way back and no stop at the rest leaves towards the pause's side
     * (fresh13 13044: 0.43, where 0.5 lost a partial rep).
     */
    static final double PASS_COS = 0.25;
    /** Stillness is judged over this window while below the return level ({@link #PASS_STOP_DEG}). */
    static final double PASS_WINDOW_S = 0.25;
    /**
     * Moved less than this over {@link #PASS_WINDOW_S} below the return level: it stopped at the
     * old rest (came back, then moved again), more than breathing moves the pelvis in a quarter
     * second (0.15-0.35° over 3-4 s, at most about 0.07°). A pass through the old rest keeps a rep's
     * speed, 0.16-0.45° per quarter second in the sets it fixed; a jerky rep's way back that
     * stopped at the start and jolted on (fresh10 10012: 0.01°) was cut without it.
     */
    static final double PASS_STOP_DEG = 0.1;

    private RestPass() {
    }

    /**
     * True when the way out again (qx, qy, qz: gravity now minus at the start) points away from the
     * place last held (px, py, pz, likewise): their cosine is not at least {@link #PASS_COS}.
     */
    static boolean awayFrom(double px, double py, double pz, double qx, double qy, double qz) {
        double cos = (px * qx + py * qy + pz * qz)
                / Math.sqrt((px * px + py * py + pz * pz) * (qx * qx + qy * qy + qz * qz));
        return !(cos >= PASS_COS);
    }

    /**
     * Whether the sensor kept moving since a sample (the movement's closing): the least it moved
     * over any {@link #PASS_WINDOW_S} since then, kept up to date as samples come, so that a rule
     * asked on every sample of a pass (and two rules asked on the same closing) measure each window
     * once. Nothing is allocated.
     */
    static final class Scan {
        private long from = -1;
        /** The window's first sample for the next sample to scan. */
        private long k;
        private long next;
        private double least;

        /**
         * True when the sensor moved at least {@link #PASS_STOP_DEG} over every {@link #PASS_WINDOW_S}
         * between history samples from and to: it did not stop at the old rest.
         */
        boolean keptMoving(SignalHistory history, long from, long to) {
            // a new closing, or samples scanned that the history no longer holds: scan afresh
            if (from != this.from || k < history.oldest()) {
                this.from = from;
                k = Math.max(from, history.oldest());
                next = k;
                least = Double.POSITIVE_INFINITY;
            }
            for (; next <= to; next++) {
                double t = history.get(next, SignalHistory.T);
                while (k < next && t - history.get(k + 1, SignalHistory.T) >= PASS_WINDOW_S) k++;
                if (t - history.get(k, SignalHistory.T) < PASS_WINDOW_S) continue;
                double d = history.gravityChordDeg(next, k);
                if (d < least) least = d;
            }
            return least >= PASS_STOP_DEG;
        }
    }
}
