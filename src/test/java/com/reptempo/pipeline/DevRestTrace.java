package com.reptempo.pipeline;

import com.reptempo.model.Sample;
import com.reptempo.storage.RoutineJson;
import com.reptempo.storage.SampleCsvReader;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Development probe: the detector's rest reference and the sensor, as tilt angles (degrees) from the
 * orientation at a reference time along a given direction and across it, every 0.1 s.
 * Args: csv exercise feedFrom_s from_s to_s ref_s dx dy dz.
 */
public final class DevRestTrace {
    public static void main(String[] a) throws Exception {
        List<Sample> all = SampleCsvReader.readAll(Path.of(a[0])).samples();
        double feed = Double.parseDouble(a[2]);
        double from = Double.parseDouble(a[3]);
        double to = Double.parseDouble(a[4]);
        double ref = Double.parseDouble(a[5]);
        double[] d = {Double.parseDouble(a[6]), Double.parseDouble(a[7]), Double.parseDouble(a[8])};
        RepPipeline p = new RepPipeline(RoutineJson.bundled().get(a[1]), PipelineOptions.defaults(), null);
        Field fd = RepPipeline.class.getDeclaredField("detector");
        fd.setAccessible(true);
        ExcursionDetector det = (ExcursionDetector) fd.get(p);
        Field fr = ExcursionDetector.class.getDeclaredField("rest");
        fr.setAccessible(true);
        RestModel rest = (RestModel) fr.get(det);
        Field fs = ExcursionDetector.class.getDeclaredField("settling");
        fs.setAccessible(true);
        ReturnSettling settling = (ReturnSettling) fs.get(det);
        Field fg = ExcursionDetector.class.getDeclaredField("g0x");
        fg.setAccessible(true);
        Field gy = ExcursionDetector.class.getDeclaredField("g0y");
        gy.setAccessible(true);
        Field gz = ExcursionDetector.class.getDeclaredField("g0z");
        gz.setAccessible(true);
        double[] r = null;
        double[] e1 = null;
        double[] e2 = null;
        double next = from;
        GravityTracker probe = null;
        List<double[]> g = DevSignal.gravity(all.stream().filter(s -> s.t_s() >= feed && s.t_s() <= to).toList());
        int gi = 0;
        for (Sample s : all) {
            if (s.t_s() < feed || s.t_s() > to) continue;
            p.accept(s);
            double[] x = g.get(Math.min(gi++, g.size() - 1));
            if (r == null && s.t_s() >= ref) {
                r = new double[] {rest.x(), rest.y(), rest.z()};
                double dr = d[0] * r[0] + d[1] * r[1] + d[2] * r[2];
                e1 = new double[] {d[0] - dr * r[0], d[1] - dr * r[1], d[2] - dr * r[2]};
                double n = Math.sqrt(e1[0] * e1[0] + e1[1] * e1[1] + e1[2] * e1[2]);
                for (int i = 0; i < 3; i++) e1[i] /= n;
                e2 = new double[] {r[1] * e1[2] - r[2] * e1[1], r[2] * e1[0] - r[0] * e1[2], r[0] * e1[1] - r[1] * e1[0]};
            }
            if (r == null || s.t_s() < next) continue;
            next = s.t_s() + 0.1;
            double ra = Math.toDegrees(rest.x() * e1[0] + rest.y() * e1[1] + rest.z() * e1[2]);
            double rb = Math.toDegrees(rest.x() * e2[0] + rest.y() * e2[1] + rest.z() * e2[2]);
            double ga = Math.toDegrees(fg.getDouble(det) * e1[0] + gy.getDouble(det) * e1[1] + gz.getDouble(det) * e1[2]);
            double gb = Math.toDegrees(fg.getDouble(det) * e2[0] + gy.getDouble(det) * e2[1] + gz.getDouble(det) * e2[2]);
            double sa = Math.toDegrees(x[1] * e1[0] + x[2] * e1[1] + x[3] * e1[2]);
            double sb = Math.toDegrees(x[1] * e2[0] + x[2] * e2[1] + x[3] * e2[2]);
            System.out.println(String.format(Locale.ROOT, "%8.2f %s%s z=%6.1f th=%5.2f rest(%5.2f %5.2f) g0(%5.2f %5.2f) sensor(%5.2f %5.2f) w=%.3f",
                    s.t_s(), det.active() ? "A" : "-", settling.active() ? "S" : "-", det.z(), det.theta_deg(), ra, rb, ga, gb, sa, sb, rest.wobble_deg()));
        }
    }
}
