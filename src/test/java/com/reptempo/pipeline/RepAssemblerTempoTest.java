package com.reptempo.pipeline;

import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.RepResult;
import com.reptempo.model.Side;
import com.reptempo.storage.RoutineJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tempo is not judged on a rep of partial range. */
class RepAssemblerTempoTest {
    private static Excursion rushedRep() {
        double dt = 0.02;
        int n = (int) (3.0 / dt);
        double[] t = new double[n];
        double[] phi = new double[n];
        int peak = 0;
        for (int i = 0; i < n; i++) {
            t[i] = i * dt;
            phi[i] = 2.0 * MinJerk.position(t[i] / 1.0) - 2.0 * MinJerk.position((t[i] - 1.0) / 1.0);
            if (phi[i] > phi[peak]) peak = i;
        }
        return new Excursion(0, n - 1, t, phi.clone(), phi, phi[peak], peak, 30, 0, 1, 0, 0, 0, 1,
                Excursion.End.RETURNED, 0);
    }

    private static List<FaultKind> faults(double typicalRange_deg) {
        RepAssembler assembler = new RepAssembler(RoutineJson.bundled().get("heel-scoop"), FaultThresholds.DEFAULTS);
        Excursion e = rushedRep();
        RepResult r = assembler.assemble(1, e, PhaseTimer.time(e, 0), Side.LEFT, typicalRange_deg, 0, 0.05);
        return r.faults().stream().map(Fault::kind).toList();
    }

    @Test
    void aRushedRepIsTooFast() {
        assertTrue(faults(2.0).contains(FaultKind.TOO_FAST));
    }

    @Test
    void aRushedRepOfPartialRangeIsOnlyPartial() {
        List<FaultKind> kinds = faults(5.0);
        assertTrue(kinds.contains(FaultKind.PARTIAL_RANGE));
        assertFalse(kinds.contains(FaultKind.TOO_FAST));
    }
}
