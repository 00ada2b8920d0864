package com.reptempo.pipeline.dev;

import com.reptempo.model.Routine;
import com.reptempo.pipeline.GivenUpProbe;
import com.reptempo.storage.RoutineJson;

import java.util.Locale;

/**
 * Development tool: {@link GivenUpStats} for a folder of simulated files (tuning folders only): every
 * movement's ratios against the typical rep when judged, with the file and raw times, for labelling
 * against the folder's truth files. Args: dir [name filter].
 */
public final class FileGivenUpStats {
    public static void main(String[] args) throws Exception {
        Routine routine = RoutineJson.bundled();
        TruthFolder.forEachSet(args[0], args.length > 1 ? args[1] : "", (csv, set, span, opt) -> {
            for (GivenUpProbe.Row r : GivenUpProbe.rows(span, routine.get(set.exercise()), opt)) {
                System.out.println(String.format(Locale.ROOT,
                        "%s %s %.2f %.2f %-12s %-10s z=%.1f r=%.2f rw=%.2f rd=%.2f ro=%.2f rb=%.2f out=%.2f top=%.2f back=%.2f cos=%.2f vo=%.2f vb=%.2f mjo=%.2f mjb=%.2f",
                        set.source(), set.exercise(), r.rawStart(), r.rawEnd(), r.verdict(), r.end(), r.z(),
                        r.r(), r.rw(), r.rd(), r.ro(), r.rb(), r.out(), r.top(), r.back(), r.cos(), r.vo(), r.vb(), r.mjo(), r.mjb()));
            }
        });
    }
}
