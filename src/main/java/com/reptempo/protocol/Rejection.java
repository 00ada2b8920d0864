package com.reptempo.protocol;

/** Why a frame with a valid CRC was not turned into a message (PROTOCOL.md §3, §6). */
public enum Rejection {
    /** Version byte other than {@link Wire#VERSION}. */
    UNSUPPORTED_VERSION,
    /** A type this side does not accept. */
    UNKNOWN_TYPE,
    /** A body too short or with invalid values (or a batch before any HELLO). */
    MALFORMED
}
