package com.reptempo.model;

/** Where the sensor is worn, as reported by the device or chosen by the user. */
public enum Placement {
    UNSPECIFIED, LOWER_BACK, LEFT_HIP, RIGHT_HIP;

    /** Wire code of PROTOCOL.md: 0 unspecified, 1 lower back, 2 left hip, 3 right hip. */
    public static Placement fromWireCode(int code) {
        return switch (code) {
            case 1 -> LOWER_BACK;
            case 2 -> LEFT_HIP;
            case 3 -> RIGHT_HIP;
            default -> UNSPECIFIED;
        };
    }

    /** The wire code of this placement. */
    public int wireCode() {
        return ordinal();
    }
}
