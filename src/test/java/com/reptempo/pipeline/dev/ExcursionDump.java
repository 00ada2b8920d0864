package com.reptempo.pipeline.dev;

import com.reptempo.model.Routine;
import com.reptempo.pipeline.DevProbe;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SetTruth;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;

import java.util.List;
import java.util.Locale;

/** Development tool: prints every detected excursion with the truth it overlaps most. */
public final class ExcursionDump {
    public static void main(String[] args) {
        Routine routine = RoutineJson.bundled();
        long seed = Long.parseLong(args[0]);
        int v = Integer.parseInt(args[1]);
        SessionPlan plan = SimEval.plan(routine, seed, v);
        SimulatedSession s = SimulatedSession.generate(plan);
        SetTruth truth = s.truth().sets().get(0);
        System.out.println(SimEval.name(seed, v));
        PipelineOptions opt = SimEval.optionsFor(truth);
        List<DevProbe.Row> rows = DevProbe.excursions(s.samples(), routine.get(truth.exercise()), opt);
        for (DevProbe.Row r : rows) {
            String label = Triage.label(truth, r.start_s(), r.end_s());
            System.out.println(String.format(Locale.ROOT, "%-50s %s", label, r.text()));
        }
    }
}
