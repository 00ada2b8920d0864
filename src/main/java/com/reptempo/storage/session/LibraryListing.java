package com.reptempo.storage.session;

import java.util.List;

/**
 * What a library scan found: the sessions that match, oldest first, and one message per file
 * that could not be read (a damaged file never hides the others).
 */
public record LibraryListing(List<SessionSummary> sessions, List<String> problems) {
    public LibraryListing {
        sessions = List.copyOf(sessions);
        problems = List.copyOf(problems);
    }
}
