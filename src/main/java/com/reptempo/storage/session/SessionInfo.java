package com.reptempo.storage.session;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.LinkStats;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Who, when, with what: the metadata of a session.
 *
 * @param id           the session's id, e.g. "20250314-093012-7f3a"
 * @param patient      the patient's pseudonym (see {@link Pseudonyms})
 * @param startedAt    wall-clock date and time at the start of the recording, with its zone
 *                     (metadata only: sample times stay on the sensor's clock)
 * @param origin       recorded live or imported
 * @param source       where the samples came from in plain words, e.g. "/dev/ttyACM0" or
 *                     "phyphox CSV accel.csv (semicolon, decimal comma, m/s^2 with g)"
 * @param recovered    true when the session was rebuilt after a crash or kill
 * @param recoveryNote what the recovery found, or "" when not recovered
 * @param device       the sensor's own description (fields empty when unknown)
 * @param link         link statistics at the end of the recording ({@link LinkStats#EMPTY} for imports)
 * @param painBefore   pain rating 0..10 before the session, or null when not given
 * @param painAfter    pain rating 0..10 after the session, or null when not given
 * @param notes        free notes ("" for none)
 * @param appVersion   the RepTempo version that wrote the file
 */
public record SessionInfo(String id, String patient, ZonedDateTime startedAt, SessionOrigin origin, String source,
                          boolean recovered, String recoveryNote, DeviceInfo device, LinkStats link,
                          Integer painBefore, Integer painAfter, String notes, String appVersion) {
    /** A device nobody has described. */
    public static final DeviceInfo UNKNOWN_DEVICE =
            new DeviceInfo("", "", "", 0, 0, 0, false, com.reptempo.model.Placement.UNSPECIFIED);

    public SessionInfo {
        SessionIds.check(id);
        Pseudonyms.check(patient);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(origin, "origin");
        source = source == null ? "" : source;
        recoveryNote = recoveryNote == null ? "" : recoveryNote;
        device = device == null ? UNKNOWN_DEVICE : device;
        link = link == null ? LinkStats.EMPTY : link;
        notes = notes == null ? "" : notes;
        appVersion = appVersion == null ? "" : appVersion;
        checkPain("before", painBefore);
        checkPain("after", painAfter);
    }

    private static void checkPain(String when, Integer pain) {
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new IllegalArgumentException("pain " + when + " must be 0..10, got " + pain);
        }
    }

    /** The same info with other pain ratings and notes. */
    public SessionInfo withPainAndNotes(Integer before, Integer after, String newNotes) {
        return new SessionInfo(id, patient, startedAt, origin, source, recovered, recoveryNote, device, link, before,
                after, newNotes, appVersion);
    }

    /** The same info with other device information and link statistics. */
    public SessionInfo withDevice(DeviceInfo newDevice, LinkStats newLink) {
        return new SessionInfo(id, patient, startedAt, origin, source, recovered, recoveryNote, newDevice, newLink,
                painBefore, painAfter, notes, appVersion);
    }

    /** The same info marked as recovered after a crash, with what the recovery found. */
    public SessionInfo asRecovered(String note) {
        return new SessionInfo(id, patient, startedAt, origin, source, true, note, device, link, painBefore, painAfter,
                notes, appVersion);
    }
}
