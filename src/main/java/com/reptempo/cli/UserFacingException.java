package com.reptempo.cli;

/** A failure whose message is written for the user, e.g. "port /dev/ttyACM0 is busy: ...". */
public final class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
