package com.reptempo.app.live;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.PhaseTarget;
import com.reptempo.model.RepResult;
import com.reptempo.model.TargetText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a rep's faults into short plain words for someone on the floor a few metres away: the
 * most important first (form before tempo), at most two, never jargon.
 */
public final class RepFeedback {
    private RepFeedback() {
    }

    /** One or two sentences; a good rep gets praise. */
    public static List<String> of(RepResult rep, ExerciseDefinition exercise) {
        List<Fault> faults = new ArrayList<>(rep.faults());
        faults.sort(Comparator.comparingInt(f -> priority(f.kind())));
        List<String> out = new ArrayList<>();
        for (Fault f : faults) {
            String s = sentence(f, exercise);
            if (!out.contains(s)) out.add(s);
            if (out.size() == 2) break;
        }
        if (out.isEmpty()) out.add("Good rep: slow and controlled.");
        return out;
    }

    private static int priority(FaultKind k) {
        return switch (k) {
            case BACK_LIFT, UNSTABLE_PELVIS -> 0;
            case TOO_FAST -> 1;
            case SHORT_HOLD -> 2;
            case PARTIAL_RANGE -> 3;
            case JERKY -> 4;
            case TOO_SLOW -> 5;
        };
    }

    static String sentence(Fault f, ExerciseDefinition exercise) {
        String phase = f.phase() == null ? "movement" : f.phase().replace('-', ' ');
        PhaseTarget target = f.phase() == null ? null
                : exercise.phases().stream().filter(p -> p.name().equals(f.phase())).findFirst().orElse(null);
        String counts = target == null ? "" : " (" + TargetText.TYPESET.counts(target) + ")";
        return switch (f.kind()) {
            case TOO_FAST -> "Slow down the " + phase + counts + ".";
            case TOO_SLOW -> "The " + phase + " was long: keep it steady" + counts + ".";
            case SHORT_HOLD -> "Hold a little longer" + counts + ".";
            case BACK_LIFT -> "Keep your lower back on the floor.";
            case UNSTABLE_PELVIS -> exercise.id().equals("rear-leg-lift")
                    ? "Keep your hips flat: only the leg moves." : "Keep your hips level and your back flat.";
            case PARTIAL_RANGE -> "Go a little further, as far as is comfortable.";
            case JERKY -> "Move smoothly, without stopping.";
        };
    }
}
