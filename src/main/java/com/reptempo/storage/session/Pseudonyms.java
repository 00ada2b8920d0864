package com.reptempo.storage.session;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Patient pseudonyms: 1..40 ASCII letters, digits, '-' or '_', starting with a letter or digit.
 * They name folders and files in the library, so anything else (spaces, slashes, "..", Windows'
 * reserved device names) is refused, and real names are discouraged by the rule itself.
 */
public final class Pseudonyms {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Pseudonyms() {
    }

    /** True when {@code p} is an acceptable pseudonym. */
    public static boolean valid(String p) {
        return p != null && ALLOWED.matcher(p).matches() && !WINDOWS_RESERVED.contains(p.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns {@code p} when acceptable.
     *
     * @throws IllegalArgumentException with a message saying what is allowed
     */
    public static String check(String p) {
        if (!valid(p)) {
            throw new IllegalArgumentException("patient pseudonym '" + p + "' is not allowed: use 1 to 40 letters, digits,"
                    + " '-' or '_', starting with a letter or digit (a pseudonym such as P-017, not a name)");
        }
        return p;
    }
}
