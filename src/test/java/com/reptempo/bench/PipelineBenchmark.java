package com.reptempo.bench;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.pipeline.SetAnalyzer;
import com.reptempo.simulator.FaultPlan;
import com.reptempo.simulator.SensorSpec;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Offline analysis speed on one core: a 1-hour recording at 100 Hz (360 000 samples: a simulated
 * set of 20 rear leg lifts per side with faults, fidgets and bumps, repeated), analysed by
 * {@link SetAnalyzer} (the same {@code RepPipeline} that runs live) as that exercise, or as a
 * custom exercise (cycle counting). {@code custom-fast} is an hour of non-stop 2.5 s reps analysed
 * as a custom exercise (a 40° tilt and back, smooth, with sensor noise): the pace at which the
 * custom counter finds the most reps to report. Samples/s = 360 000 / (ms per op / 1000).
 *
 * <p>Run: {@code mvn -q -B -o -Dreptempo.buildDir=/tmp/build-speed test-compile exec:exec
 * -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath org.openjdk.jmh.Main PipelineBenchmark -wi 3 -i 5 -w 2 -r 2"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PipelineBenchmark {
    /** The fast-paced custom case: one rep every 2.5 s, a 40° tilt. */
    static final double FAST_PERIOD_S = 2.5;
    static final double FAST_TILT_DEG = 40;

    @Param({"gyro", "accel-only"})
    String sensor;

    @Param({"rear-leg-lift", "custom", "custom-fast"})
    String exercise;

    List<Sample> hour;
    ExerciseDefinition definition;

    @Setup
    public void setup() {
        Routine routine = RoutineJson.bundled();
        SensorSpec spec = sensor.equals("gyro") ? SensorSpec.mpu6050(100) : SensorSpec.mpu6050(100).withoutGyro();
        boolean custom = exercise.startsWith("custom");
        ExerciseDefinition ex = routine.get(custom ? "rear-leg-lift" : exercise);
        SessionPlan plan = SessionPlan.singleSet(ex, ex.maxReps()).withSeed(5).withSensor(spec).withFaults(FaultPlan.all(0.3));
        definition = routine.get(custom ? "custom" : exercise);
        if (exercise.equals("custom-fast")) {
            hour = fastCycles(sensor.equals("gyro"));
            return;
        }
        SimulatedSession s = SimulatedSession.generate(plan);
        hour = new ArrayList<>(360_000);
        double offset = 0;
        double period = s.samples().get(s.samples().size() - 1).t_s() + 0.01;
        while (hour.size() < 360_000) {
            for (Sample x : s.samples()) {
                if (hour.size() == 360_000) break;
                hour.add(new Sample(x.t_s() + offset, x.ax_g(), x.ay_g(), x.az_g(), x.gx_dps(), x.gy_dps(), x.gz_dps()));
            }
            offset += period;
        }
    }

    /** An hour at 100 Hz of a smooth {@link #FAST_TILT_DEG} tilt and back every {@link #FAST_PERIOD_S}, with 0.01 g / 0.5 dps noise. */
    static List<Sample> fastCycles(boolean gyro) {
        Random noise = new Random(5);
        List<Sample> out = new ArrayList<>(360_000);
        double amplitude_rad = Math.toRadians(FAST_TILT_DEG);
        for (int i = 0; i < 360_000; i++) {
            double t_s = i / 100.0;
            double phase_rad = 2 * Math.PI * t_s / FAST_PERIOD_S;
            double tilt_rad = amplitude_rad * (1 - Math.cos(phase_rad)) / 2;
            double rate_dps = Math.toDegrees(amplitude_rad * Math.sin(phase_rad) * Math.PI / FAST_PERIOD_S);
            out.add(new Sample(t_s, Math.sin(tilt_rad) + 0.01 * noise.nextGaussian(), 0.01 * noise.nextGaussian(),
                    Math.cos(tilt_rad) + 0.01 * noise.nextGaussian(),
                    gyro ? 0.5 * noise.nextGaussian() : Double.NaN, gyro ? rate_dps + 0.5 * noise.nextGaussian() : Double.NaN,
                    gyro ? 0.5 * noise.nextGaussian() : Double.NaN));
        }
        return out;
    }

    @Benchmark
    public SetResult analyseOneHour() {
        return SetAnalyzer.analyze(hour, definition, PipelineOptions.defaults());
    }
}
