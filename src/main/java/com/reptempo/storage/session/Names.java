package com.reptempo.storage.session;

import java.util.Arrays;
import java.util.Locale;

/** Enum values from the strings in a file, with a message listing the allowed names. */
final class Names {
    private Names() {
    }

    /** The constant of {@code type} named {@code name} (case-insensitive). */
    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String field) {
        if (name == null) throw new IllegalArgumentException("\"" + field + "\" is missing");
        for (E v : type.getEnumConstants()) {
            if (v.name().equals(name.toUpperCase(Locale.ROOT))) return v;
        }
        throw new IllegalArgumentException(field + " '" + name + "' is not one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** Like {@link #enumValue} but {@code fallback} when {@code name} is null. */
    static <E extends Enum<E>> E enumValueOr(Class<E> type, String name, E fallback, String field) {
        return name == null ? fallback : enumValue(type, name, field);
    }
}
