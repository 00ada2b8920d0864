package com.reptempo.storage.session.importing;

import java.util.List;
import java.util.Locale;

/**
 * What an import detected and did, for the user and for the session's "source" field.
 *
 * @param file      the imported file's name
 * @param format    e.g. "phyphox CSV", "Arduino log", "RepTempo CSV"
 * @param separator e.g. "comma", "semicolon", "tab", "space"
 * @param decimal   "point" or "comma"
 * @param time      how time was found, e.g. "'Time (s)' column, seconds" or "none: 100 Hz given with --rate"
 * @param accel     the acceleration unit and conversion, e.g. "m/s^2 with gravity, converted to g"
 * @param gyro      the angular rate unit and conversion, or "none"
 * @param samples   samples imported
 * @param duration_s first to last sample, seconds
 * @param rate_hz   measured (or given) sample rate, Hz
 * @param notes     what was skipped or repaired (rows of NaN padding, repeated rows, ...)
 * @param warnings  limits of the data the user must know (gravity removed, irregular timing, ...)
 */
public record ImportReport(String file, String format, String separator, String decimal, String time, String accel,
                           String gyro, long samples, double duration_s, double rate_hz, List<String> notes,
                           List<String> warnings) {
    public ImportReport {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /** Several lines for the user. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("imported ").append(file).append(" as ").append(format).append(" (").append(separator)
                .append("-separated, decimal ").append(decimal).append(")\n");
        sb.append(String.format(Locale.ROOT, "  samples: %d over %.1f s at %.1f Hz%n", samples, duration_s, rate_hz));
        sb.append("  time: ").append(time).append('\n');
        sb.append("  acceleration: ").append(accel).append('\n');
        sb.append("  angular rate: ").append(gyro).append('\n');
        for (String n : notes) sb.append("  note: ").append(n).append('\n');
        for (String w : warnings) sb.append("  WARNING: ").append(w).append('\n');
        return sb.toString();
    }

    /** One line for the session's source field. */
    public String oneLine() {
        return String.format(Locale.ROOT, "%s %s (%s, decimal %s; time: %s; acceleration: %s; angular rate: %s; %.1f Hz)%s",
                format, file, separator, decimal, time, accel, gyro, rate_hz,
                warnings.isEmpty() ? "" : " WARNING: " + String.join("; ", warnings));
    }
}
