package com.reptempo.app;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.Placement;
import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SimulatedSession;
import com.reptempo.storage.RoutineJson;
import com.reptempo.storage.session.SessionLibrary;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;

/**
 * Test-only program, run in its own JVM by {@link SessionKillRecoveryTest}: records a simulated
 * 100 Hz sensor with gyroscope in real time through {@link SessionRecorder} into the library
 * given as the argument, printing "t SECONDS" after the recorder has taken each fifth sample, until
 * it is killed.
 */
public final class SessionRecordingChild {
    private SessionRecordingChild() {
    }

    /** The simulated samples (deterministic: the test regenerates them to compare). */
    static List<Sample> samples() {
        Routine routine = RoutineJson.bundled();
        return SimulatedSession.generate(SessionPlan.singleSet(routine.get("cobra-lift"), 3)).samples();
    }

    public static void main(String[] args) throws Exception {
        List<Sample> samples = samples();
        SessionLibrary library = new SessionLibrary(Path.of(args[0]));
        SessionRecorder r = SessionRecorder.start(library, new SessionRecorder.Start("P-017", 4, null, "simulated sensor"),
                Clock.systemDefaultZone(), new Random(), null);
        r.onDeviceInfo(new DeviceInfo("sim", "", "simulated MPU-6050", 100, 4, 500, true, Placement.LOWER_BACK));
        r.beginSet(RoutineJson.bundled().get("cobra-lift"));
        System.out.println("id " + r.id());
        System.out.flush();
        long start_ns = System.nanoTime();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            long wait_ns = start_ns + (long) (s.t_s() * 1e9) - System.nanoTime();
            if (wait_ns > 0) Thread.sleep(wait_ns / 1_000_000, (int) (wait_ns % 1_000_000));
            r.onSample(s);
            if (i % 5 == 0) {
                System.out.println("t " + s.t_s());
                System.out.flush();
            }
        }
        r.finish();
        System.out.println("finished");
    }
}
