package com.reptempo.pipeline.dev;

import com.reptempo.app.EvalTruth;
import com.reptempo.app.EvalTruthReader;
import com.reptempo.model.RepResult;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.pipeline.SetAnalyzer;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;

import java.util.List;

/** Development tool: side errors per session. */
public final class SideStats {
    public static void main(String[] args) {
        Routine routine = RoutineJson.bundled();
        for (long seed = Long.parseLong(args[0]); seed <= Long.parseLong(args[1]); seed++) {
            for (int v = 0; v < 4; v++) {
                SimulatedSession s = SimulatedSession.generate(SimEval.plan(routine, seed, v));
                for (EvalTruth.LabelledSet set : EvalTruthReader.fromSession(SimEval.name(seed, v), s.truth())) {
                    if (set.firstSide() == null) continue;
                    List<Sample> span = s.samples().stream().filter(x -> x.t_s() >= set.from_s() && x.t_s() <= set.to_s()).toList();
                    SetResult r = SetAnalyzer.analyze(span, routine.get(set.exercise()), PipelineOptions.defaults().withFirstSide(set.firstSide()));
                    StringBuilder sb = new StringBuilder();
                    int wrong = 0;
                    for (RepResult x : r.reps()) {
                        EvalTruth.Rep t = PhaseStats.best(set.reps(), x);
                        if (t == null) { sb.append('?'); continue; }
                        boolean ok = t.side() == x.side();
                        if (!ok) wrong++;
                        sb.append(ok ? (x.side().name().charAt(0)) : Character.toLowerCase(x.side().name().charAt(0)));
                    }
                    if (wrong > 0) System.out.println(set.source() + " " + sb);
                }
            }
        }
    }
}
