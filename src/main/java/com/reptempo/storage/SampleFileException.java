package com.reptempo.storage;

import java.io.IOException;

/** A sample file that cannot be read, with a message that says what is wrong and where. */
public final class SampleFileException extends IOException {
    public SampleFileException(String message) {
        super(message);
    }

    public SampleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
