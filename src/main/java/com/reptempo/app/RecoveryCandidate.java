package com.reptempo.app;

import java.nio.file.Path;
import java.time.ZonedDateTime;

/**
 * An interrupted recording found at start-up, to be offered to the user.
 *
 * @param id           the session id
 * @param folder       its work folder
 * @param patient      the patient, or "unknown" when the journal cannot be read
 * @param startedAt    when it started, or null when the journal cannot be read
 * @param sampleBytes  size of the samples written so far
 */
public record RecoveryCandidate(String id, Path folder, String patient, ZonedDateTime startedAt, long sampleBytes) {
}
