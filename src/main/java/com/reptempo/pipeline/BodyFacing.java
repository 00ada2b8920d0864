package com.reptempo.pipeline;

/**
 * Which way the front of the body faces in an exercise's starting position: up (lying on the
 * back) or down (on the stomach, on all fours). It fixes the sign of gravity along the body's
 * front-back axis, which is what tells the two sides' mirror-image rep directions apart without a
 * known sensor mounting ({@link SideClassifier#MIN_HANDEDNESS}). Read from the exercise's position
 * text; UNKNOWN (no side check) when the text names neither.
 */
enum BodyFacing {
    /** Lying on the back: gravity points from the front of the body to its back. */
    UP(-1),
    /** On the stomach or on all fours: gravity points from the back of the body to its front. */
    DOWN(1),
    /** Not known: the sides rest on the first rep alone. */
    UNKNOWN(0);

    /** Sign of the handedness of a right/left pair of rep directions in this posture. */
    final int handednessSign;

    BodyFacing(int handednessSign) {
        this.handednessSign = handednessSign;
    }

    /** The facing named by a position text ("on your back, ...", "on all fours, ..."); UNKNOWN otherwise. */
    static BodyFacing of(String position) {
        if (position == null) return UNKNOWN;
        String p = position.toLowerCase(java.util.Locale.ROOT);
        boolean up = p.contains("on your back") || p.contains("supine");
        boolean down = p.contains("on your stomach") || p.contains("all fours") || p.contains("prone") || p.contains("kneel");
        if (up == down) return UNKNOWN;
        return up ? UP : DOWN;
    }
}
