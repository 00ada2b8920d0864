package com.reptempo.storage.session.importing;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleFileException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns phyphox files into samples: acceleration from m/s^2 to g, angular rate from rad/s to
 * deg/s, a separate gyroscope file interpolated onto the accelerometer's times (both trimmed to
 * the time they overlap), time rebased to start at 0 s.
 */
final class PhyphoxImport {
    static final String LINEAR_WARNING = "the phone removed gravity (\"Linear Acceleration\", phyphox's \"Acceleration (without g)\"):"
            + " the body's orientation cannot be had from this file, so phases and posture faults will not be reliable;"
            + " record with phyphox's \"Acceleration with g\" instead";
    static final String LINEAR_WITH_GYRO_WARNING = "the phone removed gravity (\"Linear Acceleration\"): orientation can only"
            + " come from the gyroscope, which drifts; record with phyphox's \"Acceleration with g\" for reliable results";

    private PhyphoxImport() {
    }

    static ImportedSamples read(Path file, ImportOptions options) throws IOException {
        PhyphoxReader.Table main = PhyphoxReader.read(file);
        if (main.accel() == null) {
            throw new SampleFileException(file + " is a phyphox gyroscope file: import the acceleration file and give this one with --gyro");
        }
        if (options.accelUnit() != null) {
            throw new SampleFileException("--accel-unit does not apply to phyphox files: their header says m/s^2");
        }
        List<String> notes = new ArrayList<>(main.notes());
        Series gyro = main.gyro();
        String gyroFrom = "rad/s, converted to deg/s";
        if (options.gyroFile() != null) {
            if (gyro != null) throw new SampleFileException(file + " already has gyroscope columns; --gyro is not needed");
            PhyphoxReader.Table g = PhyphoxReader.read(options.gyroFile());
            if (g.gyro() == null) throw new SampleFileException(options.gyroFile() + " has no \"Gyroscope x (rad/s)\" columns");
            g.notes().forEach(n -> notes.add(g.file() + ": " + n));
            gyro = g.gyro();
            gyroFrom = String.format(Locale.ROOT, "rad/s from %s (%.1f Hz, interpolated onto the acceleration's times), converted to deg/s",
                    g.file(), TimeSteps.of(gyro.t, gyro.n).rate_hz());
        }
        if (gyro != null && options.gyroUnit() != null) {
            Units.Unit u = Units.gyro(options.gyroUnit());
            if (!u.dropped()) throw new SampleFileException("--gyro-unit does not apply to phyphox files: their header says rad/s (use 'none' to drop it)");
            gyro = null;
            gyroFrom = "dropped (as asked)";
        }
        List<String> warnings = new ArrayList<>();
        if (main.linear()) warnings.add(gyro == null ? LINEAR_WARNING : LINEAR_WITH_GYRO_WARNING);
        List<Sample> samples = merge(main.accel(), gyro, notes);
        if (samples.size() < 2) throw new SampleFileException(file + ": the acceleration and gyroscope files do not overlap in time");
        TimeSteps steps = TimeSteps.of(main.accel().t, main.accel().n);
        ImportReport report = new ImportReport(main.file(), "phyphox CSV", TextTable.separatorName(main.separator()),
                main.decimalComma() ? "comma" : "point", "'Time (s)' column, seconds (" + steps.describe() + ")",
                main.linear() ? "m/s^2 without gravity (linear acceleration), converted to g" : "m/s^2 with gravity, converted to g",
                gyro == null ? (gyroFrom.startsWith("dropped") ? gyroFrom : "none (accelerometer only)") : gyroFrom,
                samples.size(), samples.get(samples.size() - 1).t_s(), steps.rate_hz(), notes, warnings);
        return new ImportedSamples(samples, report);
    }

    private static List<Sample> merge(Series a, Series g, List<String> notes) {
        double from = g == null ? a.first_s() : Math.max(a.first_s(), g.first_s());
        double to = g == null ? a.last_s() : Math.min(a.last_s(), g.last_s());
        double k = 1 / Units.G_MS2;
        double d = 180 / Math.PI;
        List<Sample> out = new ArrayList<>(a.n);
        int at = 0;
        int trimmed = 0;
        for (int i = 0; i < a.n; i++) {
            double t = a.t[i];
            if (t < from || t > to) {
                trimmed++;
                continue;
            }
            double t0 = t - from;
            if (g == null) {
                out.add(Sample.accelOnly(t0, a.x[i] * k, a.y[i] * k, a.z[i] * k));
            } else {
                at = g.locate(at, t);
                out.add(new Sample(t0, a.x[i] * k, a.y[i] * k, a.z[i] * k, g.lerp(g.x, at, t) * d, g.lerp(g.y, at, t) * d,
                        g.lerp(g.z, at, t) * d));
            }
        }
        if (trimmed > 0) notes.add(trimmed + " acceleration rows outside the gyroscope's time span were left out");
        return out;
    }
}
