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
import java.util.concurrent.TimeUnit;

/**
 * Offline analysis speed on one core: a 1-hour recording at 100 Hz (360 000 samples: a simulated
 * set of 20 rear leg lifts per side with faults, fidgets and bumps, repeated), analysed by
 * {@link SetAnalyzer} (the same {@code RepPipeline} that runs live) as that exercise, or as a
 * custom exercise (cycle counting). Samples/s = 360 000 / (ms per op / 1000).
 *
 * <p>Run: {@code mvn -q -B -Dreptempo.buildDir=/tmp/build-pipeline test-compile exec:exec
 * -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath org.openjdk.jmh.Main PipelineBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PipelineBenchmark {
    @Param({"gyro", "accel-only"})
    String sensor;

    @Param({"rear-leg-lift", "custom"})
    String exercise;

    List<Sample> hour;
    ExerciseDefinition definition;

    @Setup
    public void setup() {
        Routine routine = RoutineJson.bundled();
        SensorSpec spec = sensor.equals("gyro") ? SensorSpec.mpu6050(100) : SensorSpec.mpu6050(100).withoutGyro();
        ExerciseDefinition ex = routine.get(exercise.equals("custom") ? "rear-leg-lift" : exercise);
        SimulatedSession s = SimulatedSession.generate(SessionPlan.singleSet(ex, ex.maxReps()).withSeed(5).withSensor(spec)
                .withFaults(FaultPlan.all(0.3)));
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
        definition = routine.get(exercise);
    }

    @Benchmark
    public SetResult analyseOneHour() {
        return SetAnalyzer.analyze(hour, definition, PipelineOptions.defaults());
    }
}
