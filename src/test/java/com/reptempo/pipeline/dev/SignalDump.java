package com.reptempo.pipeline.dev;

import com.reptempo.model.Routine;
import com.reptempo.pipeline.DevSignal;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;

import java.util.List;
import java.util.Locale;

/**
 * Development tool: the gravity direction as two tilt angles (degrees) from its orientation at a
 * reference time, every 0.1 s over a time range. Args: seed v from_s to_s ref_s.
 */
public final class SignalDump {
    public static void main(String[] args) {
        Routine routine = RoutineJson.bundled();
        long seed = Long.parseLong(args[0]);
        int v = Integer.parseInt(args[1]);
        double from = Double.parseDouble(args[2]);
        double to = Double.parseDouble(args[3]);
        double ref = Double.parseDouble(args[4]);
        SimulatedSession s = SimulatedSession.generate(SimEval.plan(routine, seed, v));
        List<double[]> g = DevSignal.gravity(s.samples());
        double[] r = at(g, ref);
        double[] e1 = perp(r);
        print(g, from, to, e1, cross(r, e1), true);
    }

    /** The first gravity row (t_s, x, y, z) at or after t_s; null when none. */
    static double[] at(List<double[]> g, double t_s) {
        for (double[] x : g) if (x[0] >= t_s) return x;
        return null;
    }

    /**
     * Prints, every 0.1 s from from_s to to_s, the tilt of gravity g (rows t_s, x, y, z) along the unit
     * directions e1 and e2 (degrees; with magnitude also their hypotenuse) and a bar of the two.
     */
    static void print(List<double[]> g, double from_s, double to_s, double[] e1, double[] e2, boolean magnitude) {
        double next = from_s;
        for (double[] x : g) {
            if (x[0] < next || x[0] > to_s) continue;
            next = x[0] + 0.1;
            double a = Math.toDegrees(x[1] * e1[0] + x[2] * e1[1] + x[3] * e1[2]);
            double b = Math.toDegrees(x[1] * e2[0] + x[2] * e2[1] + x[3] * e2[2]);
            String tilt = magnitude ? String.format(Locale.ROOT, "%8.2f %7.2f %7.2f %6.2f", x[0], a, b, Math.hypot(a, b))
                    : String.format(Locale.ROOT, "%8.2f %7.2f %7.2f", x[0], a, b);
            System.out.println(tilt + " " + bar(a, b));
        }
    }

    static String bar(double a, double b) {
        char[] c = new char[61];
        java.util.Arrays.fill(c, ' ');
        c[30] = '|';
        int i = (int) Math.round(30 + a * 5);
        int j = (int) Math.round(30 + b * 5);
        if (i >= 0 && i < 61) c[i] = 'a';
        if (j >= 0 && j < 61) c[j] = c[j] == 'a' ? '*' : 'b';
        return new String(c);
    }

    static double[] perp(double[] r) {
        double[] u = {r[1], r[2], r[3]};
        double[] t = Math.abs(u[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
        double[] p = cross(u, t);
        double n = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
        return new double[] {p[0] / n, p[1] / n, p[2] / n};
    }

    static double[] cross(double[] a, double[] b) {
        double[] u = a.length == 4 ? new double[] {a[1], a[2], a[3]} : a;
        return new double[] {u[1] * b[2] - u[2] * b[1], u[2] * b[0] - u[0] * b[2], u[0] * b[1] - u[1] * b[0]};
    }
}
