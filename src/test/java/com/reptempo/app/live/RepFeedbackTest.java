package com.reptempo.app.live;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.RepResult;
import com.reptempo.model.Side;
import com.reptempo.storage.RoutineJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RepFeedbackTest {
    private final ExerciseDefinition cobra = RoutineJson.bundled().get("cobra-lift");
    private final ExerciseDefinition legLift = RoutineJson.bundled().get("rear-leg-lift");
    private final ExerciseDefinition armLeg = RoutineJson.bundled().get("arm-leg-extension");

    private static RepResult rep(Fault... faults) {
        return new RepResult(1, 0, 10, Side.RIGHT, List.of(), List.of(faults), 50, 20, 1, -1.6);
    }

    @Test
    void aGoodRepIsPraised() {
        assertEquals(List.of("Good rep: slow and controlled."), RepFeedback.of(rep(), cobra));
    }

    @Test
    void tempoFaultsNameThePhaseAndTheTargetCounts() {
        assertEquals(List.of("Slow down the lift (4 counts)."),
                RepFeedback.of(rep(new Fault(FaultKind.TOO_FAST, "lift", -1.5, -37)), cobra));
        assertEquals(List.of("Hold a little longer (2–3 counts)."),
                RepFeedback.of(rep(new Fault(FaultKind.SHORT_HOLD, "hold", -1, -50)), cobra));
        assertEquals(List.of("Slow down the return (3–4 counts)."),
                RepFeedback.of(rep(new Fault(FaultKind.TOO_FAST, "return", -1.5, -50)), armLeg));
    }

    @Test
    void formComesFirstAndAtMostTwoTipsAreGiven() {
        List<String> tips = RepFeedback.of(rep(new Fault(FaultKind.JERKY, null, -4, 0),
                new Fault(FaultKind.TOO_FAST, "lift", -1.5, -50), new Fault(FaultKind.UNSTABLE_PELVIS, null, 8, 60)), legLift);
        assertEquals(List.of("Keep your hips flat: only the leg moves.", "Slow down the lift (3 counts)."), tips);
    }
}
