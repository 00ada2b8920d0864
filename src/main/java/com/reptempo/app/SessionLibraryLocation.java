package com.reptempo.app;

import java.nio.file.Path;

/**
 * Where the session library is: the folder given on the command line, else the environment
 * variable {@value #ENV}, else {@code ~/RepTempo/sessions}.
 */
public final class SessionLibraryLocation {
    /** Environment variable naming the library folder. */
    public static final String ENV = "REPTEMPO_LIBRARY";

    private SessionLibraryLocation() {
    }

    /**
     * @param given    the folder given by the user, or null
     * @param envValue the value of {@value #ENV}, or null
     * @param userHome the user's home folder
     */
    public static Path resolve(Path given, String envValue, String userHome) {
        if (given != null) return given;
        if (envValue != null && !envValue.isBlank()) return Path.of(envValue.trim());
        return Path.of(userHome, "RepTempo", "sessions");
    }
}
