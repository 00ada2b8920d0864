package com.reptempo.pipeline.custom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reptempo.app.AnalyzeRecording;
import com.reptempo.model.Sample;
import com.reptempo.pipeline.CycleSetCounter;
import com.reptempo.pipeline.CycleSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Development tool: an honest figure for the custom-exercise counter on a folder of labelled real
 * recordings (labels.json + sets/*.csv, e.g. the barbell-wrist dataset). The counter's settings
 * ({@link CycleSettings}) are chosen from a grid on all participants but one and scored on the one
 * left out, for each participant in turn (the participant is the file name's prefix before the
 * first '-'). Also prints the defaults' in-sample score and the settings each fold chose.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath com.reptempo.pipeline.custom.LeaveOneParticipantOut DIR"}
 */
public final class LeaveOneParticipantOut {
    static final double[] LOW_PER_PERIOD = {0.3, 0.4, 0.5, 0.6, 0.7};
    static final double[] HIGH_PER_PERIOD = {2.0, 2.5, 3.0, 3.5, 4.0};
    static final double[] HYSTERESIS = {0.3, 0.35, 0.4, 0.45, 0.5};
    static final double[] EDGE_SHARE = {0, 0.3, 0.5, 0.7};

    /** A labelled set. */
    record LabelledSet(String id, String participant, int reps, List<Sample> samples) {
    }

    /** Mean absolute count error, share exact, share within one. */
    record Score(double mae, double exact, double withinOne) {
        static Score of(int[] counts, List<LabelledSet> sets) {
            double abs = 0;
            int exact = 0;
            int one = 0;
            for (int i = 0; i < counts.length; i++) {
                int e = Math.abs(counts[i] - sets.get(i).reps());
                abs += e;
                if (e == 0) exact++;
                if (e <= 1) one++;
            }
            int n = Math.max(1, counts.length);
            return new Score(abs / n, (double) exact / n, (double) one / n);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "MAE %.3f, exact %.1f %%, within one %.1f %%", mae, 100 * exact, 100 * withinOne);
        }
    }

    private LeaveOneParticipantOut() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/datasets/barbell-wrist");
        List<LabelledSet> sets = read(dir);
        List<CycleSettings> grid = grid();
        // counts[g][i]: set i counted with grid entry g
        int[][] counts = new int[grid.size()][sets.size()];
        for (int g = 0; g < grid.size(); g++) {
            for (int i = 0; i < sets.size(); i++) counts[g][i] = CycleSetCounter.count(sets.get(i).samples(), grid.get(g));
        }
        int[] defaults = new int[sets.size()];
        for (int i = 0; i < sets.size(); i++) defaults[i] = CycleSetCounter.count(sets.get(i).samples(), CycleSettings.DEFAULTS);
        System.out.println(sets.size() + " sets; defaults " + CycleSettings.DEFAULTS + " in-sample: " + Score.of(defaults, sets));
        int best = bestIndex(counts, sets, all(sets.size()));
        System.out.println("best of " + grid.size() + " grid settings in-sample: " + grid.get(best) + ": "
                + Score.of(counts[best], sets));

        int[] held = new int[sets.size()];
        for (String p : new TreeSet<>(sets.stream().map(LabelledSet::participant).toList())) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) (sets.get(i).participant().equals(p) ? test : train).add(i);
            int g = bestIndex(counts, sets, train);
            for (int i : test) held[i] = counts[g][i];
            int[] c = test.stream().mapToInt(i -> counts[g][i]).toArray();
            System.out.printf(Locale.ROOT, "participant %s held out (%d sets): tuned on the others %s -> %s%n", p, test.size(),
                    grid.get(g), Score.of(c, test.stream().map(sets::get).toList()));
        }
        System.out.println("leave-one-participant-out, all sets: " + Score.of(held, sets));
    }

    /** The grid entry with the lowest mean absolute error on these sets (ties: more exact, then the first). */
    static int bestIndex(int[][] counts, List<LabelledSet> sets, List<Integer> on) {
        int best = -1;
        long bestAbs = Long.MAX_VALUE;
        int bestExact = -1;
        for (int g = 0; g < counts.length; g++) {
            long abs = 0;
            int exact = 0;
            for (int i : on) {
                int e = Math.abs(counts[g][i] - sets.get(i).reps());
                abs += e;
                if (e == 0) exact++;
            }
            if (abs < bestAbs || (abs == bestAbs && exact > bestExact)) {
                best = g;
                bestAbs = abs;
                bestExact = exact;
            }
        }
        return best;
    }

    static List<CycleSettings> grid() {
        List<CycleSettings> grid = new ArrayList<>();
        for (double lo : LOW_PER_PERIOD) {
            for (double hi : HIGH_PER_PERIOD) {
                for (double h : HYSTERESIS) {
                    for (double edge : EDGE_SHARE) {
                        grid.add(CycleSettings.DEFAULTS.withLowPerPeriod(lo).withHighPerPeriod(hi).withHysteresis(h).withEdgeShare(edge));
                    }
                }
            }
        }
        return grid;
    }

    private static List<Integer> all(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(i);
        return l;
    }

    static List<LabelledSet> read(Path dir) throws IOException {
        JsonNode labels = new ObjectMapper().readTree(dir.resolve("labels.json").toFile());
        Map<String, LabelledSet> byId = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path csv = dir.resolve("sets").resolve(e.getKey() + ".csv");
            if (!Files.isRegularFile(csv) || !e.getValue().hasNonNull("reps")) continue;
            String participant = e.getKey().substring(0, Math.max(1, e.getKey().indexOf('-')));
            byId.put(e.getKey(), new LabelledSet(e.getKey(), participant, e.getValue().get("reps").asInt(),
                    AnalyzeRecording.read(csv).samples()));
        }
        return new ArrayList<>(byId.values());
    }
}
