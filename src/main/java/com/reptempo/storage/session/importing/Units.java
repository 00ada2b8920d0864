package com.reptempo.storage.session.importing;

import com.reptempo.storage.SampleFileException;

import java.util.Locale;

/** Acceleration and angular-rate units of imported files, and their conversion to g and deg/s. */
final class Units {
    /** Standard gravity, m/s^2 per g. */
    static final double G_MS2 = 9.80665;
    /** Raw counts per g of common accelerometers (MPU-6050/9250 at ±2..16 g, ADXL345 full resolution). */
    private static final int[] COMMON_LSB_PER_G = {16384, 8192, 4096, 2048, 256};

    /**
     * A unit and the factor that converts it.
     *
     * @param description e.g. "m/s^2, converted to g"
     * @param factor      multiply a value by this to get g (or deg/s); NaN for "drop"
     */
    record Unit(String description, double factor) {
        boolean dropped() {
            return Double.isNaN(factor);
        }
    }

    private Units() {
    }

    static Unit accel(String given) throws SampleFileException {
        String u = given.trim().toLowerCase(Locale.ROOT).replace("²", "2").replace("^", "");
        if (u.equals("g")) return new Unit("g (as given)", 1);
        if (u.equals("m/s2") || u.equals("ms2") || u.equals("mps2")) return new Unit("m/s^2 (as given), converted to g", 1 / G_MS2);
        if (u.startsWith("counts:")) {
            double lsb = positive(u.substring(7), "--accel-unit counts:LSB_PER_G");
            return new Unit(String.format(Locale.ROOT, "raw counts at %s counts per g (as given), converted to g", trim(lsb)), 1 / lsb);
        }
        throw new SampleFileException("acceleration unit '" + given + "' is not one of g, m/s2, counts:LSB_PER_G (e.g. counts:16384)");
    }

    static Unit gyro(String given) throws SampleFileException {
        String u = given.trim().toLowerCase(Locale.ROOT).replace("°", "deg");
        if (u.equals("dps") || u.equals("deg/s") || u.equals("degs")) return new Unit("deg/s (as given)", 1);
        if (u.equals("rad/s") || u.equals("rads")) return new Unit("rad/s (as given), converted to deg/s", 180 / Math.PI);
        if (u.equals("none")) return new Unit("dropped (as asked)", Double.NaN);
        if (u.startsWith("counts:")) {
            double lsb = positive(u.substring(7), "--gyro-unit counts:LSB_PER_DPS");
            return new Unit(String.format(Locale.ROOT, "raw counts at %s counts per deg/s (as given), converted to deg/s", trim(lsb)), 1 / lsb);
        }
        throw new SampleFileException("angular rate unit '" + given + "' is not one of dps, rad/s, counts:LSB_PER_DPS (e.g. counts:131) or none");
    }

    /**
     * The acceleration unit told by gravity: the median magnitude of slow floor exercise is about
     * 1 g. Null when it cannot be told.
     */
    static Unit accelFromGravity(double medianMagnitude) {
        if (medianMagnitude > 0.7 && medianMagnitude < 1.3) {
            return new Unit(String.format(Locale.ROOT, "g (detected: median magnitude %.2f)", medianMagnitude), 1);
        }
        if (medianMagnitude > 0.7 * G_MS2 && medianMagnitude < 1.3 * G_MS2) {
            return new Unit(String.format(Locale.ROOT, "m/s^2 (detected: median magnitude %.2f), converted to g", medianMagnitude), 1 / G_MS2);
        }
        for (int lsb : COMMON_LSB_PER_G) {
            if (Math.abs(medianMagnitude / lsb - 1) < 0.15) {
                return new Unit(String.format(Locale.ROOT, "raw counts, %d counts per g (detected: median magnitude %.0f; give --accel-unit if wrong), converted to g",
                        lsb, medianMagnitude), 1.0 / lsb);
            }
        }
        return null;
    }

    private static double positive(String s, String what) throws SampleFileException {
        try {
            double v = Double.parseDouble(s);
            if (v > 0 && Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            throw new SampleFileException(what + ": '" + s + "' is not a number", e);
        }
        throw new SampleFileException(what + ": must be a positive number, got " + s);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
