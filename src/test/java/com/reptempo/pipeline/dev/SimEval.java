package com.reptempo.pipeline.dev;

import com.reptempo.app.EvalScore;
import com.reptempo.app.EvalTruth;
import com.reptempo.app.EvalTruthReader;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.RepResult;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.pipeline.SetAnalyzer;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.Mounting;
import com.reptempo.simulator.SensorSpec;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SetTruth;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development tool used to tune the pipeline: evaluates it on sessions simulated in memory (plan
 * seeds 10 x seed + variant for seed = from..to; tuning used seeds 1-80, i.e. plan seeds 10-803).
 * Run: {@code java -cp <test classpath> com.reptempo.pipeline.dev.SimEval 1 40 [exercise]}.
 */
public final class SimEval {
    public static void main(String[] args) {
        long from = Long.parseLong(args[0]);
        long to = Long.parseLong(args[1]);
        String only = args.length > 2 ? args[2] : "";
        boolean verbose = Boolean.getBoolean("verbose");
        Routine routine = RoutineJson.bundled();
        EvalScore score = new EvalScore();
        int sessions = 0;
        int exactSessions = 0;
        for (long seed = from; seed <= to; seed++) {
            for (int v = 0; v < 4; v++) {
                String ex = EXERCISES[(int) ((seed + v) % 4)];
                if (!only.isEmpty() && !ex.equals(only)) continue;
                SessionPlan plan = plan(routine, seed, v);
                SimulatedSession s = SimulatedSession.generate(plan);
                String name = name(seed, v);
                boolean allExact = true;
                for (EvalTruth.LabelledSet set : EvalTruthReader.fromSession(name, s.truth())) {
                    SetResult r = analyze(routine, s.samples(), set);
                    int err = score.add(set, r);
                    if (err != 0) allExact = false;
                    if (err != 0 || verbose) {
                        System.out.println(String.format(Locale.ROOT, "%s: count %d vs %d", set.source(), r.count(), set.count()));
                        if (verbose || err != 0) dump(set, r);
                    }
                }
                sessions++;
                if (allExact) exactSessions++;
            }
        }
        EvalScore.Report rep = score.report();
        System.out.println(String.format(Locale.ROOT, "sessions %d exact %.1f%% | sets %d exact %.1f%% within1 %.1f%% MAE %.3f | P %.4f R %.4f | side %.4f | boundary med %.3f p90 %.3f (n=%d)",
                sessions, 100.0 * exactSessions / sessions, rep.sets(), rep.exactPercent(), rep.withinOnePercent(), rep.meanAbsCountError(),
                rep.precision(), rep.recall(), rep.sideAccuracy(), rep.boundaryMedian_s(), rep.boundaryP90_s(), rep.boundaries()));
        for (EvalScore.FaultScore f : rep.faults()) {
            System.out.println(String.format(Locale.ROOT, "  %-16s P %.3f R %.3f (tp %d fp %d fn %d)", f.fault(), f.precision(), f.recall(),
                    f.truePositives(), f.falsePositives(), f.falseNegatives()));
        }
    }

    static final String[] EXERCISES = {"heel-scoop", "cobra-lift", "rear-leg-lift", "arm-leg-extension"};
    static final String[] MOUNTINGS = {"upright", "upside-down", "tilted", "sideways", "inverted", "random"};

    /** What a development tool does with each simulated session of {@link #forEachSession}. */
    interface SessionVisitor {
        void visit(long seed, int v, SimulatedSession s) throws Exception;
    }

    /** Generates and visits every session of seeds from..to (args[0], args[1]), four variants each ({@link #plan}). */
    static void forEachSession(Routine routine, String[] args, SessionVisitor visitor) throws Exception {
        long from = Long.parseLong(args[0]);
        long to = Long.parseLong(args[1]);
        for (long seed = from; seed <= to; seed++) {
            for (int v = 0; v < 4; v++) visitor.visit(seed, v, SimulatedSession.generate(plan(routine, seed, v)));
        }
    }

    /** The pipeline's result on one labelled set of a simulated session's samples, analysed as {@code eval} does (told the set's first side). */
    static SetResult analyze(Routine routine, List<Sample> samples, EvalTruth.LabelledSet set) {
        List<Sample> span = new ArrayList<>();
        for (Sample x : samples) if (x.t_s() >= set.from_s() && x.t_s() <= set.to_s()) span.add(x);
        PipelineOptions opt = PipelineOptions.defaults();
        if (set.firstSide() != null) opt = opt.withFirstSide(set.firstSide());
        return SetAnalyzer.analyze(span, routine.get(set.exercise()), opt);
    }

    /** The pipeline's options for a simulated set: told the truth's first side, as {@code eval} is. */
    static PipelineOptions optionsFor(SetTruth truth) {
        com.reptempo.model.Side first = truth.reps().get(0).side();
        return first == null ? PipelineOptions.defaults() : PipelineOptions.defaults().withFirstSide(first);
    }

    static SessionPlan plan(Routine routine, long seed, int v) {
        String ex = EXERCISES[(int) ((seed + v) % 4)];
        ExerciseDefinition def = routine.get(ex);
        boolean faults = v % 2 == 1;
        boolean noGyro = (seed + v) % 3 == 0;
        int rate = (seed + v) % 2 == 0 ? 100 : 50;
        String mounting = MOUNTINGS[(int) ((seed * 7 + v) % MOUNTINGS.length)];
        SensorSpec sensor = noGyro ? SensorSpec.mpu6050(rate).withoutGyro() : SensorSpec.mpu6050(rate);
        SessionPlan plan = SessionPlan.singleSet(def, def.minReps()).withSeed(seed * 10 + v).withSensor(sensor)
                .withMounting(Mounting.named(mounting, seed));
        if (faults) plan = plan.withFaults(FaultPlan.all(0.3));
        return plan;
    }

    static String name(long seed, int v) {
        int rate = (seed + v) % 2 == 0 ? 100 : 50;
        return String.format(Locale.ROOT, "%s seed=%d v=%d %s %s %dHz %s", EXERCISES[(int) ((seed + v) % 4)], seed * 10 + v, v,
                v % 2 == 1 ? "faults" : "good", (seed + v) % 3 == 0 ? "nogyro" : "gyro", rate, MOUNTINGS[(int) ((seed * 7 + v) % MOUNTINGS.length)]);
    }

    static void dump(EvalTruth.LabelledSet set, SetResult r) {
        for (EvalTruth.Rep t : set.reps()) {
            System.out.println(String.format(Locale.ROOT, "   truth %7.2f-%7.2f %s %s", t.start_s(), t.end_s(), t.side(), t.faults()));
        }
        for (RepResult x : r.reps()) {
            System.out.println(String.format(Locale.ROOT, "   found %7.2f-%7.2f %s %s range=%.2f smooth=%.2f", x.start_s(), x.end_s(), x.side(),
                    x.faults().stream().map(f -> f.kind().id()).toList(), x.range_deg(), x.smoothness()));
        }
    }
}
