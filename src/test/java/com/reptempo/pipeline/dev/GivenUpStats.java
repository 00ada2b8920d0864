package com.reptempo.pipeline.dev;

import com.reptempo.model.Routine;
import com.reptempo.pipeline.GivenUpProbe;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.simulator.SetTruth;
import com.reptempo.storage.RoutineJson;

import java.util.Locale;

/** Development tool: every movement's ratios against the pipeline's typical rep when judged, with its truth label. */
public final class GivenUpStats {
    public static void main(String[] args) throws Exception {
        Routine routine = RoutineJson.bundled();
        SimEval.forEachSession(routine, args, (seed, v, s) -> {
            SetTruth truth = s.truth().sets().get(0);
            PipelineOptions opt = SimEval.optionsFor(truth);
            for (GivenUpProbe.Row r : GivenUpProbe.rows(s.samples(), routine.get(truth.exercise()), opt)) {
                System.out.println(String.format(Locale.ROOT,
                        "%s %d %d %-22s %-12s %-14s z=%.1f r=%.2f rw=%.2f rd=%.2f ro=%.2f rb=%.2f out=%.2f top=%.2f back=%.2f cos=%.2f vo=%.2f vb=%.2f mjo=%.2f mjb=%.2f",
                        truth.exercise(), seed, v, DevStats.label(truth, r.rawStart(), r.rawEnd()), r.verdict(), r.end(), r.z(),
                        r.r(), r.rw(), r.rd(), r.ro(), r.rb(), r.out(), r.top(), r.back(), r.cos(), r.vo(), r.vb(), r.mjo(), r.mjb()));
            }
        });
    }
}
