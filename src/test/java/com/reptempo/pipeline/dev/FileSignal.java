package com.reptempo.pipeline.dev;

import com.reptempo.pipeline.DevSignal;
import com.reptempo.storage.SampleCsvReader;

import java.nio.file.Path;
import java.util.List;

/**
 * Development tool: the gravity direction of a CSV file as two tilt angles (degrees) from its
 * orientation at a reference time, along a given direction and across it, every 0.1 s.
 * Args: csv from_s to_s ref_s dx dy dz.
 */
public final class FileSignal {
    public static void main(String[] args) throws Exception {
        List<double[]> g = DevSignal.gravity(SampleCsvReader.readAll(Path.of(args[0])).samples());
        double from = Double.parseDouble(args[1]);
        double to = Double.parseDouble(args[2]);
        double ref = Double.parseDouble(args[3]);
        double[] d = {Double.parseDouble(args[4]), Double.parseDouble(args[5]), Double.parseDouble(args[6])};
        double[] at = SignalDump.at(g, ref);
        double[] r = {at[1], at[2], at[3]};
        double dr = d[0] * r[0] + d[1] * r[1] + d[2] * r[2];
        double[] e1 = {d[0] - dr * r[0], d[1] - dr * r[1], d[2] - dr * r[2]};
        double n = Math.sqrt(e1[0] * e1[0] + e1[1] * e1[1] + e1[2] * e1[2]);
        for (int i = 0; i < 3; i++) e1[i] /= n;
        SignalDump.print(g, from, to, e1, SignalDump.cross(r, e1), false);
    }
}
