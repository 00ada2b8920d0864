package com.reptempo.storage.session;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Session ids: the local start time and four random hex digits, e.g. {@code 20250314-093012-7f3a}.
 * They sort by time, are unique enough for one person's library and are safe as file names.
 */
public final class SessionIds {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,63}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SessionIds() {
    }

    /** A new id for a session started at {@code startedAt}. */
    public static String next(ZonedDateTime startedAt, RandomGenerator random) {
        byte[] b = new byte[2];
        random.nextBytes(b);
        return STAMP.format(startedAt) + "-" + HexFormat.of().formatHex(b);
    }

    /** True when {@code id} has the shape of a session id (3..64 letters, digits and '-'). */
    public static boolean valid(String id) {
        return id != null && ALLOWED.matcher(id).matches();
    }

    /** Returns {@code id} when valid; otherwise throws with a message. */
    public static String check(String id) {
        if (!valid(id)) throw new IllegalArgumentException("session id '" + id + "' is not valid: 3 to 64 letters, digits or '-'");
        return id;
    }
}
