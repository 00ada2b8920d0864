package com.reptempo.pipeline.dev;

import com.reptempo.pipeline.DevSignal;
import com.reptempo.storage.SampleCsvReader;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Development tool: for each line "id csv from_s to_s dx dy dz" on standard input, prints "id" and
 * then "t angle" pairs (degrees along the direction d, from the orientation at from_s, every 0.04 s)
 * over from_s..to_s, one line per movement; for fitting movement shapes offline.
 */
public final class ShapeDump {
    public static void main(String[] args) throws Exception {
        Map<String, List<double[]>> cache = new HashMap<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 7) continue;
            List<double[]> g = cache.get(f[1]);
            if (g == null) {
                cache.clear();
                g = DevSignal.gravity(SampleCsvReader.readAll(Path.of(f[1])).samples());
                cache.put(f[1], g);
            }
            double from = Double.parseDouble(f[2]);
            double to = Double.parseDouble(f[3]);
            double[] d = {Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])};
            double[] r = SignalDump.at(g, from);
            if (r == null) continue;
            double dr = d[0] * r[1] + d[1] * r[2] + d[2] * r[3];
            double[] e = {d[0] - dr * r[1], d[1] - dr * r[2], d[2] - dr * r[3]};
            double n = Math.sqrt(e[0] * e[0] + e[1] * e[1] + e[2] * e[2]);
            StringBuilder sb = new StringBuilder(f[0]);
            double next = from;
            for (double[] x : g) {
                if (x[0] < next || x[0] > to) continue;
                next = x[0] + 0.04;
                double a = Math.toDegrees((x[1] * e[0] + x[2] * e[1] + x[3] * e[2]) / n);
                sb.append(String.format(Locale.ROOT, " %.2f %.4f", x[0], a));
            }
            System.out.println(sb);
        }
    }
}
