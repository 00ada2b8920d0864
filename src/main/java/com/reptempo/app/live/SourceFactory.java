package com.reptempo.app.live;

import com.reptempo.device.DemoSensorSource;
import com.reptempo.device.SampleSource;
import com.reptempo.device.SerialPortSource;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.Pacing;
import com.reptempo.simulator.SensorSpec;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SetPlan;

import java.util.List;
import java.util.OptionalLong;

/** Makes the sample source the user chose: a serial sensor, or the demo sensor doing the routine. */
public final class SourceFactory {
    private final Routine routine;
    private final double demoSpeed;
    private final double demoRate_hz;
    private final OptionalLong demoSeed;

    /**
     * @param demoSpeed   pace of the demo sensor: 1 real time (the program), more for tours and tests
     * @param demoRate_hz the demo sensor's sample rate, Hz
     */
    public SourceFactory(Routine routine, double demoSpeed, double demoRate_hz) {
        this(routine, demoSpeed, demoRate_hz, OptionalLong.empty());
    }

    /**
     * @param demoSeed the demo person's seed (a reproducible demo, for tours), or empty for a new
     *                 person every time
     */
    public SourceFactory(Routine routine, double demoSpeed, double demoRate_hz, OptionalLong demoSeed) {
        if (!(demoSpeed > 0)) throw new IllegalArgumentException("demo speed must be positive");
        if (!(demoRate_hz >= 10 && demoRate_hz <= 1000)) throw new IllegalArgumentException("demo rate must be 10..1000 Hz");
        this.routine = routine;
        this.demoSpeed = demoSpeed;
        this.demoRate_hz = demoRate_hz;
        this.demoSeed = demoSeed;
    }

    public SampleSource create(SourceChoice choice) {
        if (!choice.isDemo()) return new SerialPortSource(choice.port(), SerialPortSource.DEFAULT_BAUD);
        return new DemoSensorSource(demoPlan(choice), demoSpeed, choice.describe());
    }

    /**
     * The demo person does the chosen exercise (or any of the routine's) each time a set is
     * started, and waits still in between, for as long as she is watched.
     */
    SessionPlan demoPlan(SourceChoice choice) {
        List<SetPlan> sets = choice.demoExercise().equals("routine")
                ? routine.exercises().stream().filter(e -> SessionPlan.supports(e.id())).map(SetPlan::of).toList()
                : List.of(SetPlan.of(exercise(choice.demoExercise())));
        SessionPlan plan = SessionPlan.of(sets).withPacing(Pacing.ON_CUE).withSeed(demoSeed.orElseGet(() -> System.nanoTime() & 0xFFFF))
                .withSensor(SensorSpec.mpu6050(demoRate_hz));
        return choice.demoFaults() ? plan.withFaults(FaultPlan.all(0.35)) : plan;
    }

    private ExerciseDefinition exercise(String id) {
        return routine.get(id);
    }
}
