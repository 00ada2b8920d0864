package com.reptempo.protocol;

import java.util.Locale;

/**
 * Unit conversion of text mode: how to turn the numbers of a line into g and deg/s. Built from a
 * hello line ({@code accel=g|mps2|lsb:N}, {@code gyro=dps|rads|lsb:N|none}) or from column-name
 * suffixes ({@code ax_g}, {@code ax_mps2}, {@code gx_dps}, {@code gx_rads}).
 *
 * @param accelFactor   multiply a value by this to get g
 * @param gyroFactor    multiply a value by this to get deg/s
 * @param stated        true when the units were stated by the device (not assumed)
 */
record TextUnits(double accelFactor, double gyroFactor, boolean stated) {
    static final double STANDARD_GRAVITY_MPS2 = 9.80665;
    static final TextUnits ASSUMED = new TextUnits(1.0, 1.0, false);

    /** Accelerometer factor from a hello value, or NaN when not understood. */
    static double accelFactor(String v) {
        if (v == null) return Double.NaN;
        String s = v.toLowerCase(Locale.ROOT);
        if (s.equals("g")) return 1.0;
        if (s.equals("mps2") || s.equals("m/s2") || s.equals("m/s^2")) return 1.0 / STANDARD_GRAVITY_MPS2;
        return lsb(s);
    }

    /** Gyroscope factor from a hello value, or NaN when not understood (or "none"). */
    static double gyroFactor(String v) {
        if (v == null) return Double.NaN;
        String s = v.toLowerCase(Locale.ROOT);
        if (s.equals("dps")) return 1.0;
        if (s.equals("rads") || s.equals("rad/s")) return 180.0 / Math.PI;
        return lsb(s);
    }

    /** From column-name suffixes; null when the names say nothing about units. */
    static TextUnits fromColumns(String[] names) {
        double a = Double.NaN;
        double g = Double.NaN;
        for (String n : names) {
            String s = n.trim().toLowerCase(Locale.ROOT);
            if (s.startsWith("a") && s.endsWith("_g")) a = 1.0;
            else if (s.startsWith("a") && s.endsWith("_mps2")) a = 1.0 / STANDARD_GRAVITY_MPS2;
            else if (s.startsWith("g") && s.endsWith("_dps")) g = 1.0;
            else if (s.startsWith("g") && s.endsWith("_rads")) g = 180.0 / Math.PI;
        }
        if (Double.isNaN(a) && Double.isNaN(g)) return null;
        return new TextUnits(Double.isNaN(a) ? 1.0 : a, Double.isNaN(g) ? 1.0 : g, true);
    }

    TextUnits withAccel(double factor) {
        return Double.isNaN(factor) ? this : new TextUnits(factor, gyroFactor, true);
    }

    TextUnits withGyro(double factor) {
        return Double.isNaN(factor) ? this : new TextUnits(accelFactor, factor, true);
    }

    private static double lsb(String s) {
        if (!s.startsWith("lsb:")) return Double.NaN;
        try {
            double counts = Double.parseDouble(s.substring(4));
            return counts > 0 && Double.isFinite(counts) ? 1.0 / counts : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
