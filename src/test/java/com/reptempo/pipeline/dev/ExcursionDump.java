package com.reptempo.pipeline.dev;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.pipeline.DevProbe;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.Mounting;
import com.reptempo.simulator.NonRepTruth;
import com.reptempo.simulator.RepTruth;
import com.reptempo.simulator.SensorSpec;
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
            String label = label(truth, r.start_s(), r.end_s());
            System.out.println(String.format(Locale.ROOT, "%-50s %s", label, r.text()));
        }
    }

    static String label(SetTruth truth, double a, double b) {
        String best = "-";
        double bestOverlap = 0;
        for (RepTruth r : truth.reps()) {
            double o = Math.min(b, r.end_s()) - Math.max(a, r.start_s());
            if (o > bestOverlap) {
                bestOverlap = o;
                best = String.format(Locale.ROOT, "rep%d %s %s A=%.2f [%.2f %.2f]", r.index(), r.side() == null ? "" : r.side().name().charAt(0), r.injectedFaults(), r.amplitude_deg(), r.start_s(), r.end_s());
            }
        }
        for (NonRepTruth r : truth.nonReps()) {
            double o = Math.min(b, r.end_s()) - Math.max(a, r.start_s());
            if (o > bestOverlap) {
                bestOverlap = o;
                best = String.format(Locale.ROOT, "%s [%.2f %.2f]", r.kind(), r.start_s(), r.end_s());
            }
        }
        return best;
    }
}
