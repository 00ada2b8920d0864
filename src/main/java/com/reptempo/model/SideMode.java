package com.reptempo.model;

/** How an exercise uses the two sides of the body. */
public enum SideMode {
    /** Not done per side (e.g. cobra lift). */
    NONE,
    /** Left and right reps alternate (rear leg lift, arm/leg extension). */
    ALTERNATING,
    /** All reps on one side, then all on the other (heel scoop). */
    BLOCKS
}
