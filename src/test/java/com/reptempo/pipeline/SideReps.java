package com.reptempo.pipeline;

import com.reptempo.model.Side;

/** Reps fed to a {@link SideClassifier} in tests whose gravity direction (and, unless given, range) is unknown. */
final class SideReps {
    private SideReps() {
    }

    /** The side of a rep pointing (x, y, z), of unknown range. */
    static Side classify(SideClassifier sides, double x, double y, double z, boolean outlier) {
        return classify(sides, x, y, z, Double.NaN, outlier);
    }

    /** The side of a rep pointing (x, y, z) whose range was range_deg. */
    static Side classify(SideClassifier sides, double x, double y, double z, double range_deg, boolean outlier) {
        return sides.classify(x, y, z, Double.NaN, Double.NaN, Double.NaN, range_deg, Double.NaN, outlier);
    }
}
