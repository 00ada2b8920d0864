package com.reptempo.pipeline;

import com.reptempo.model.Sample;

import java.util.ArrayList;
import java.util.List;

/** Development probe: the tracked gravity direction, sample by sample (used by the dev tools). */
public final class DevSignal {
    private DevSignal() {
    }

    /** Rows of {t_s, x, y, z} of the unit gravity direction after calibration. */
    public static List<double[]> gravity(List<Sample> samples) {
        StillCalibrator cal = new StillCalibrator();
        List<Sample> before = new ArrayList<>();
        List<double[]> out = new ArrayList<>();
        GravityTracker g = null;
        double prev = Double.NaN;
        for (Sample s : samples) {
            if (g == null) {
                before.add(s);
                Calibration c = cal.accept(s);
                if (c == null) continue;
                g = new GravityTracker(s.hasGyro());
                g.calibrate(c.gyroBiasX_dps(), c.gyroBiasY_dps(), c.gyroBiasZ_dps(), c.gravity_g());
                for (Sample b : before) {
                    g.update(Double.isNaN(prev) ? 0 : b.t_s() - prev, b.ax_g(), b.ay_g(), b.az_g(), b.gx_dps(), b.gy_dps(), b.gz_dps());
                    prev = b.t_s();
                    out.add(new double[] {b.t_s() - g.delay_s(), g.x(), g.y(), g.z()});
                }
                continue;
            }
            g.update(s.t_s() - prev, s.ax_g(), s.ay_g(), s.az_g(), s.gx_dps(), s.gy_dps(), s.gz_dps());
            prev = s.t_s();
            out.add(new double[] {s.t_s() - g.delay_s(), g.x(), g.y(), g.z()});
        }
        return out;
    }
}
