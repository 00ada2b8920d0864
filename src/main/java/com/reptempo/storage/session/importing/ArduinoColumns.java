package com.reptempo.storage.session.importing;

import com.reptempo.storage.SampleFileException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column of an Arduino log is what: from names (a header line or label:value labels such
 * as t, millis, aX, AcX, accel_x, ax_g, gX, GyX, gyro_z, gz_dps) or, without names, from the
 * number of values per line (3: ax ay az; 4: t ax ay az; 6: ax..gz; 7: t ax..gz).
 */
final class ArduinoColumns {
    enum Role { TIME, AX, AY, AZ, GX, GY, GZ, OTHER }

    /** One column: its role and any unit its name states ("ms", "g", "dps", ...), else "". */
    record Column(String name, Role role, String unit) {
    }

    private static final Pattern TIME = Pattern.compile("(t|time|timestamp|ts|millis|micros|ms|us|sec|secs|seconds)(?:[ _-]?\\(?(ms|us|µs|s)\\)?)?");
    private static final Pattern ACCEL = Pattern.compile("(?:a|ac|acc|accel|acceleration|accelerometer)[ _-]?([xyz])(?:[ _-]?\\(?([a-z/^²0-9]+)\\)?)?");
    private static final Pattern GYRO = Pattern.compile("(?:g|gy|gyr|gyro|gyroscope|w|omega)[ _-]?([xyz])(?:[ _-]?\\(?([a-z/^°0-9]+)\\)?)?");

    private ArduinoColumns() {
    }

    static List<Column> named(List<String> names) {
        List<Column> out = new ArrayList<>();
        for (String n : names) {
            String s = n.trim().toLowerCase(Locale.ROOT);
            Matcher t = TIME.matcher(s);
            Matcher a = ACCEL.matcher(s);
            Matcher g = GYRO.matcher(s);
            if (t.matches()) {
                String unit = t.group(2) != null ? t.group(2) : s.equals("millis") ? "ms" : s.equals("micros") ? "us" : s.equals("ms") || s.equals("us") ? s : "";
                out.add(new Column(n, Role.TIME, unit.replace("µs", "us")));
            } else if (a.matches()) {
                out.add(new Column(n, Role.values()[Role.AX.ordinal() + a.group(1).charAt(0) - 'x'], a.group(2) == null ? "" : a.group(2)));
            } else if (g.matches()) {
                out.add(new Column(n, Role.values()[Role.GX.ordinal() + g.group(1).charAt(0) - 'x'], g.group(2) == null ? "" : g.group(2)));
            } else {
                out.add(new Column(n, Role.OTHER, ""));
            }
        }
        return out;
    }

    static List<Column> positional(int width, boolean firstIncreases) throws SampleFileException {
        List<Role> roles = switch (width) {
            case 3 -> List.of(Role.AX, Role.AY, Role.AZ);
            case 4 -> List.of(Role.TIME, Role.AX, Role.AY, Role.AZ);
            case 6 -> List.of(Role.AX, Role.AY, Role.AZ, Role.GX, Role.GY, Role.GZ);
            case 7 -> List.of(Role.TIME, Role.AX, Role.AY, Role.AZ, Role.GX, Role.GY, Role.GZ);
            default -> throw new SampleFileException(width + " values per line and no names: cannot tell which is which;"
                    + " add a header line such as t,ax,ay,az,gx,gy,gz (3, 4, 6 or 7 values are understood without one)");
        };
        if (roles.get(0) == Role.TIME && !firstIncreases) {
            throw new SampleFileException(width + " values per line and no names, but the first value does not increase like a time;"
                    + " add a header line such as " + (width == 4 ? "ax,ay,az,temp" : "ax,ay,az,gx,gy,gz,temp"));
        }
        return roles.stream().map(r -> new Column("column " + (roles.indexOf(r) + 1), r, "")).toList();
    }

    /** Index of the column with this role, or -1. */
    static int index(List<Column> cols, Role role) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).role() == role) return i;
        }
        return -1;
    }
}
