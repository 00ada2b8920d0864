package com.reptempo.app.live;

import com.reptempo.device.DemoSensorSource;
import com.reptempo.device.SampleSource;
import com.reptempo.device.SerialPortSource;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SetPlan;

import java.util.List;

/** Makes the sample source the user chose: a serial sensor, or the demo sensor doing the routine. */
public final class SourceFactory {
    private final Routine routine;

    public SourceFactory(Routine routine) {
        this.routine = routine;
    }

    public SampleSource create(SourceChoice choice) {
        if (!choice.isDemo()) return new SerialPortSource(choice.port(), SerialPortSource.DEFAULT_BAUD);
        return new DemoSensorSource(demoPlan(choice), 1.0, choice.describe());
    }

    /** The demo person repeats the chosen exercise (or the whole routine) with rests, for as long as she is watched. */
    SessionPlan demoPlan(SourceChoice choice) {
        List<SetPlan> sets = choice.demoExercise().equals("routine")
                ? routine.exercises().stream().filter(e -> SessionPlan.supports(e.id())).map(SetPlan::of).toList()
                : List.of(SetPlan.of(exercise(choice.demoExercise())));
        SessionPlan plan = SessionPlan.of(sets).withLoop(true).withSeed(System.nanoTime() & 0xFFFF);
        return choice.demoFaults() ? plan.withFaults(FaultPlan.all(0.35)) : plan;
    }

    private ExerciseDefinition exercise(String id) {
        return routine.get(id);
    }
}
