package com.reptempo.app;

import com.reptempo.model.Side;
import com.reptempo.simulator.PhaseTruth;
import com.reptempo.simulator.RepTruth;
import com.reptempo.simulator.SessionTruth;
import com.reptempo.simulator.SetTruth;
import com.reptempo.storage.TruthDto;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns simulator truth (in memory or read from a truth file) into {@link EvalTruth.LabelledSet}s.
 * Each set is analysed from the end of the previous set (or the start of the recording), so that
 * the rest before it serves as its still period, to its own end.
 */
public final class EvalTruthReader {
    private EvalTruthReader() {
    }

    public static List<EvalTruth.LabelledSet> fromSession(String name, SessionTruth truth) {
        List<EvalTruth.LabelledSet> out = new ArrayList<>();
        double from = 0;
        for (int i = 0; i < truth.sets().size(); i++) {
            SetTruth s = truth.sets().get(i);
            List<EvalTruth.Rep> reps = new ArrayList<>();
            for (RepTruth r : s.reps()) {
                double[] b = new double[r.phases().size() + 1];
                for (int k = 0; k < r.phases().size(); k++) b[k] = r.phases().get(k).start_s();
                b[r.phases().size()] = r.phases().get(r.phases().size() - 1).end_s();
                Set<String> f = new LinkedHashSet<>();
                r.expectedFaults().forEach(k -> f.add(k.id()));
                reps.add(new EvalTruth.Rep(r.start_s(), r.end_s(), r.side(), b, f));
            }
            Side first = s.reps().isEmpty() ? null : s.reps().get(0).side();
            out.add(new EvalTruth.LabelledSet(label(name, i, truth.sets().size()), s.exercise(), from, s.end_s(), s.count(),
                    reps, first));
            from = s.end_s();
        }
        return out;
    }

    public static List<EvalTruth.LabelledSet> fromDto(String name, TruthDto.Session truth) {
        List<EvalTruth.LabelledSet> out = new ArrayList<>();
        double from = 0;
        List<TruthDto.SetEntry> sets = truth.sets() == null ? List.of() : truth.sets();
        for (int i = 0; i < sets.size(); i++) {
            TruthDto.SetEntry s = sets.get(i);
            List<EvalTruth.Rep> reps = new ArrayList<>();
            List<TruthDto.Rep> truthReps = s.reps() == null ? List.of() : s.reps();
            for (TruthDto.Rep r : truthReps) {
                List<TruthDto.Phase> ph = r.phases() == null ? List.of() : r.phases();
                double[] b = new double[ph.size() + 1];
                for (int k = 0; k < ph.size(); k++) b[k] = ph.get(k).start_s();
                b[ph.size()] = ph.isEmpty() ? r.end_s() : ph.get(ph.size() - 1).end_s();
                Set<String> f = new LinkedHashSet<>(r.expectedFaults() == null ? List.of() : r.expectedFaults());
                reps.add(new EvalTruth.Rep(r.start_s(), r.end_s(), side(r.side()), b, f));
            }
            Side first = truthReps.isEmpty() ? null : side(truthReps.get(0).side());
            out.add(new EvalTruth.LabelledSet(label(name, i, sets.size()), s.exercise(), from, s.end_s(), s.count(), reps, first));
            from = s.end_s();
        }
        return out;
    }

    private static String label(String name, int i, int n) {
        return n == 1 ? name : name + " set " + (i + 1);
    }

    private static Side side(String s) {
        return s == null ? null : Side.valueOf(s.toUpperCase(Locale.ROOT));
    }
}
