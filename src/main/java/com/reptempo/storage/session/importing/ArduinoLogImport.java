package com.reptempo.storage.session.importing;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.importing.ArduinoColumns.Column;
import com.reptempo.storage.session.importing.ArduinoColumns.Role;
import com.reptempo.storage.session.importing.ArduinoLogScan.Row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns an Arduino log into samples: picks the capture, finds the time base (millis(), micros(),
 * seconds, or a nominal rate), the acceleration unit (given, named, or told by gravity) and the
 * angular rate unit (given or named; it cannot be told from the numbers), and says what it did.
 */
final class ArduinoLogImport {
    /** Captures shorter than this many rows are leftovers of a reset, not recordings. */
    static final int MIN_CAPTURE_ROWS = 10;

    private ArduinoLogImport() {
    }

    static ImportedSamples read(Path file, ImportOptions o) throws IOException {
        ArduinoLogScan.Scan s = ArduinoLogScan.scan(file);
        List<Row> all = s.rows();
        if (all.size() < 2) throw new SampleFileException(file + " has fewer than two lines of numbers");
        if (s.badRows() * 10 > all.size()) {
            throw new SampleFileException(String.format(Locale.ROOT, "%s: %d of %d lines have another number of values than the first"
                    + " (first at line %d): not one steady log", file, s.badRows(), all.size() + s.badRows(), s.firstBadLine()));
        }
        int width = all.get(0).values().length;
        List<Column> cols = columns(file, s, width);
        int time = ArduinoColumns.index(cols, Role.TIME);
        int[] acc = {ArduinoColumns.index(cols, Role.AX), ArduinoColumns.index(cols, Role.AY), ArduinoColumns.index(cols, Role.AZ)};
        int[] gyr = {ArduinoColumns.index(cols, Role.GX), ArduinoColumns.index(cols, Role.GY), ArduinoColumns.index(cols, Role.GZ)};
        if (Arrays.stream(acc).anyMatch(i -> i < 0)) {
            throw new SampleFileException(file + ": no acceleration x, y and z columns among " + cols.stream().map(Column::name).toList()
                    + " (names such as ax, ay, az or AcX, AcY, AcZ are understood)");
        }
        boolean anyGyro = Arrays.stream(gyr).anyMatch(i -> i >= 0);
        if (anyGyro && Arrays.stream(gyr).anyMatch(i -> i < 0)) {
            throw new SampleFileException(file + ": only some gyroscope columns among " + cols.stream().map(Column::name).toList());
        }
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (s.namesFrom() != null) notes.add("column names from the " + s.namesFrom());
        cols.stream().filter(c -> c.role() == Role.OTHER).forEach(c -> notes.add("column '" + c.name() + "' was ignored"));
        if (s.stamped()) notes.add("the Serial Monitor's own time stamps (HH:MM:SS.mmm ->) were ignored: they are the computer's times");
        if (s.textLines() > 0) notes.add(s.textLines() + " lines of text (messages from the board) were skipped");
        if (s.badRows() > 0) notes.add(s.badRows() + " lines with another number of values (first at line " + s.firstBadLine() + ") were skipped");
        List<Row> rows = ArduinoCaptures.choose(file, all, time, o.capture(), notes);

        ArduinoTime.Timed timed = time >= 0 ? ArduinoTime.fromColumn(rows, time, cols.get(time).unit(), notes, warnings)
                : ArduinoTime.fromRate(file, rows, o.rate_hz(), s.rateHint(), notes, warnings);
        if (time >= 0 && o.rate_hz() != null) notes.add("--rate was not needed: the log has a time column");
        rows = timed.rows();
        Units.Unit accel = accelUnit(file, o, cols.get(acc[0]).unit(), rows, acc);
        Units.Unit gyro = anyGyro ? gyroUnit(file, o, cols.get(gyr[0]).unit()) : null;
        if (!anyGyro && o.gyroUnit() != null) notes.add("--gyro-unit was ignored: the log has no gyroscope columns");
        boolean withGyro = gyro != null && !gyro.dropped();
        List<Sample> samples = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            double[] v = rows.get(i).values();
            double t = timed.t_s()[i];
            samples.add(withGyro
                    ? new Sample(t, v[acc[0]] * accel.factor(), v[acc[1]] * accel.factor(), v[acc[2]] * accel.factor(),
                    v[gyr[0]] * gyro.factor(), v[gyr[1]] * gyro.factor(), v[gyr[2]] * gyro.factor())
                    : Sample.accelOnly(t, v[acc[0]] * accel.factor(), v[acc[1]] * accel.factor(), v[acc[2]] * accel.factor()));
        }
        ImportReport report = new ImportReport(file.getFileName().toString(), "Arduino log", TextTable.separatorName(s.separator()),
                "point", timed.description(), accel.description(), gyro == null ? "none (accelerometer only)" : gyro.description(),
                samples.size(), samples.get(samples.size() - 1).t_s(), timed.rate_hz(), notes, warnings);
        return new ImportedSamples(samples, report);
    }

    private static List<Column> columns(Path file, ArduinoLogScan.Scan s, int width) throws SampleFileException {
        if (s.names() != null) {
            if (s.names().size() != width) {
                throw new SampleFileException(file + ": the " + s.namesFrom() + " names " + s.names().size() + " columns but the lines hold "
                        + width + " values");
            }
            return ArduinoColumns.named(s.names());
        }
        List<Row> rows = s.rows();
        int increasing = 0;
        for (int i = 1; i < Math.min(rows.size(), 200); i++) {
            if (rows.get(i).values()[0] >= rows.get(i - 1).values()[0]) increasing++;
        }
        return ArduinoColumns.positional(width, increasing >= 0.95 * (Math.min(rows.size(), 200) - 1));
    }

    private static Units.Unit accelUnit(Path file, ImportOptions o, String named, List<Row> rows, int[] acc) throws SampleFileException {
        if (o.accelUnit() != null) return Units.accel(o.accelUnit());
        if (!named.isEmpty()) {
            Units.Unit u = Units.accel(named);
            return new Units.Unit(u.description().replace("as given", "from the column name"), u.factor());
        }
        double[] mag = new double[rows.size()];
        for (int i = 0; i < mag.length; i++) {
            double[] v = rows.get(i).values();
            mag[i] = Math.sqrt(v[acc[0]] * v[acc[0]] + v[acc[1]] * v[acc[1]] + v[acc[2]] * v[acc[2]]);
        }
        Arrays.sort(mag);
        double median = mag[mag.length / 2];
        Units.Unit u = Units.accelFromGravity(median);
        if (u == null) {
            throw new SampleFileException(String.format(Locale.ROOT, "%s: the acceleration's unit cannot be told (median magnitude %.3g is"
                    + " neither about 1 g, 9.81 m/s^2 nor a usual raw count scale%s): give --accel-unit g, m/s2 or counts:LSB_PER_G",
                    file, median, median < 0.3 ? "; gravity may have been removed" : ""));
        }
        return u;
    }

    private static Units.Unit gyroUnit(Path file, ImportOptions o, String named) throws SampleFileException {
        if (o.gyroUnit() != null) return Units.gyro(o.gyroUnit());
        if (!named.isEmpty()) {
            String n = named.startsWith("deg") || named.equals("dps") ? "dps" : named.startsWith("rad") ? "rad/s" : named;
            Units.Unit u = Units.gyro(n);
            return new Units.Unit(u.description().replace("as given", "from the column name"), u.factor());
        }
        throw new SampleFileException(file + ": the angular rate's unit cannot be told from the numbers: give --gyro-unit dps, rad/s,"
                + " counts:LSB_PER_DPS (e.g. counts:131 for an MPU-6050 at ±250 °/s) or none to leave the gyroscope out");
    }
}
