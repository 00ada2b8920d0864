package com.reptempo.model;

/** Which side of the body a rep works, for exercises done per side. */
public enum Side { LEFT, RIGHT;

    /** The other side. */
    public Side opposite() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
