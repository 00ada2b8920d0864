package com.reptempo.simulator;

import com.reptempo.model.Sample;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.List;

/** Test helper: the gravity direction of low-passed accelerometer samples, and angles between them. */
final class SignalAnalysis {
    private final List<Sample> samples;
    private final double[] t;
    private final double[][] prefix;
    private final int half;

    /** Low-pass by a centred moving average of {@code window_s}. */
    SignalAnalysis(List<Sample> samples, double rate_hz, double window_s) {
        this.samples = samples;
        this.t = samples.stream().mapToDouble(Sample::t_s).toArray();
        this.prefix = new double[3][samples.size() + 1];
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            prefix[0][i + 1] = prefix[0][i] + s.ax_g();
            prefix[1][i + 1] = prefix[1][i] + s.ay_g();
            prefix[2][i + 1] = prefix[2][i] + s.az_g();
        }
        this.half = Math.max(1, (int) Math.round(window_s * rate_hz / 2));
    }

    /** Index of the first sample at or after {@code t_s}. */
    int indexAt(double t_s) {
        int lo = 0, hi = t.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < t_s) lo = mid + 1; else hi = mid;
        }
        return Math.min(lo, t.length - 1);
    }

    /** Low-passed acceleration around sample {@code i}, g. */
    Vector3D lowpassAt(int i) {
        int a = Math.max(0, i - half), b = Math.min(t.length, i + half + 1);
        double n = b - a;
        return new Vector3D((prefix[0][b] - prefix[0][a]) / n, (prefix[1][b] - prefix[1][a]) / n, (prefix[2][b] - prefix[2][a]) / n);
    }

    /** Mean raw acceleration over [t0, t1], g. */
    Vector3D mean(double t0_s, double t1_s) {
        int a = indexAt(t0_s), b = Math.max(a + 1, indexAt(t1_s));
        double n = b - a;
        return new Vector3D((prefix[0][b] - prefix[0][a]) / n, (prefix[1][b] - prefix[1][a]) / n, (prefix[2][b] - prefix[2][a]) / n);
    }

    /** Largest angle between the low-passed gravity direction inside [t0, t1] and {@code reference}, degrees. */
    double maxAngleFrom(Vector3D reference, double t0_s, double t1_s) {
        double max = 0;
        for (int i = indexAt(t0_s); i < samples.size() && t[i] <= t1_s; i++) max = Math.max(max, angle_deg(reference, lowpassAt(i)));
        return max;
    }

    /** The low-passed gravity direction where it is farthest from {@code reference} inside [t0, t1]. */
    Vector3D farthestFrom(Vector3D reference, double t0_s, double t1_s) {
        Vector3D best = reference;
        double max = -1;
        for (int i = indexAt(t0_s); i < samples.size() && t[i] <= t1_s; i++) {
            double a = angle_deg(reference, lowpassAt(i));
            if (a > max) {
                max = a;
                best = lowpassAt(i);
            }
        }
        return best;
    }

    static double angle_deg(Vector3D a, Vector3D b) {
        return Math.toDegrees(Vector3D.angle(a, b));
    }
}
