package com.reptempo.simulator;

import com.reptempo.model.Sample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SensorModelTest {
    private static final SimulatedSession SESSION = SimulatedSession.generate(SimulatorFixtures.shortSet("heel-scoop")
            .withDisturbances(new Disturbances(0.3, 0.3, true, true)).withFaults(FaultPlan.all(0.3)));

    @Test
    void valuesAreWholeLsbCountsThatRoundTripExactly() {
        SensorSpec spec = SESSION.plan().sensor();
        for (Sample s : SESSION.samples()) {
            short[] c = spec.toCounts(s);
            assertEquals(c[0] / (double) spec.accelLsbPerG(), s.ax_g());
            assertEquals(c[2] / (double) spec.accelLsbPerG(), s.az_g());
            assertEquals(c[4] / spec.gyroLsbPerDps(), s.gy_dps());
        }
    }

    @Test
    void timestampsAreMicrosecondsStrictlyIncreasingNearNominal() {
        List<Sample> s = SESSION.samples();
        double period = SESSION.plan().sensor().period_s();
        assertEquals(0.0, s.get(0).t_s());
        boolean jittered = false;
        for (int k = 1; k < s.size(); k++) {
            double t = s.get(k).t_s();
            assertTrue(t > s.get(k - 1).t_s());
            assertEquals(Math.rint(t * 1e6), t * 1e6, 1e-6);
            assertEquals(k * period, t, 0.3 * period);
            jittered |= Math.abs(t - k * period) > 1e-6;
        }
        assertTrue(jittered);
    }

    @Test
    void withoutJitterSamplesAreExactlyNominal() {
        SimulatedSession s = SimulatedSession.generate(SimulatorFixtures.shortSet("cobra-lift")
                .withSensor(SensorSpec.mpu6050(100).withTimeJitterSd_s(0)));
        for (int k = 0; k < s.samples().size(); k++) assertEquals(Math.rint(k * 1e4) / 1e6, s.samples().get(k).t_s());
    }

    @Test
    void noGyroscopeMeansNaNRates() {
        SimulatedSession s = SimulatedSession.generate(SimulatorFixtures.shortSet("cobra-lift")
                .withSensor(SensorSpec.mpu6050(50).withoutGyro()));
        assertTrue(s.samples().stream().noneMatch(Sample::hasGyro));
        assertTrue(s.samples().stream().allMatch(x -> Double.isNaN(x.gx_dps()) && Double.isNaN(x.gz_dps())));
        assertEquals(3, s.plan().sensor().toCounts(s.samples().get(0)).length);
        assertEquals(0, s.plan().sensor().gyroLsbPerDpsX100());
    }

    @Test
    void saturatesAtFullScale() {
        SensorSpec tiny = new SensorSpec("1 g part", 100, 1, 8192, 250, 131, 400, 0.005, 0.01, 0.5, 0.01, 0.005, 0);
        SimulatedSession s = SimulatedSession.generate(SimulatorFixtures.shortSet("cobra-lift").withSensor(tiny));
        double max = s.samples().stream().mapToDouble(x -> Math.max(Math.abs(x.ax_g()), Math.max(Math.abs(x.ay_g()), Math.abs(x.az_g()))))
                .max().orElseThrow();
        assertEquals(1.0, max, 1e-12, "a 1 g range clips gravity plus noise at exactly 1 g");
    }

    @Test
    void rateAndNoiseFollowTheSpec() {
        SimulatedSession s = SimulatedSession.generate(SimulatorFixtures.shortSet("cobra-lift").withSensor(SensorSpec.mpu6050(50)));
        double duration = s.truth().duration_s();
        assertEquals(duration * 50, s.samples().size(), 2);
        // Noise during the initial still: about 400 µg/√Hz × √25 Hz = 2 mg per axis (plus tremor and breathing).
        TimeSpan still = s.truth().initialStill();
        double[] ax = s.samples().stream().filter(x -> still.contains(x.t_s())).mapToDouble(Sample::ax_g).toArray();
        double mean = java.util.Arrays.stream(ax).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(ax).map(v -> (v - mean) * (v - mean)).average().orElseThrow());
        assertTrue(sd > 0.0015 && sd < 0.006, "accelerometer noise sd " + sd);
    }

    @Test
    void upsideDownMountingFlipsTheSensorAxes() {
        SimulatedSession upright = SimulatedSession.generate(SimulatorFixtures.shortSet("cobra-lift"));
        SimulatedSession flipped = SimulatedSession.generate(SimulatorFixtures.shortSet("cobra-lift")
                .withMounting(Mounting.named("upside-down", 1)));
        // Standing at the start: an upright back sensor's y axis points up, an upside-down one's down.
        assertTrue(upright.samples().get(50).ay_g() > 0.9);
        assertTrue(flipped.samples().get(50).ay_g() < -0.9);
    }

    @Test
    void rejectsImpossibleSpecs() {
        assertThrows(IllegalArgumentException.class, () -> new SensorSpec("x", 100, 4, 8192, 500, 65.555, 0, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SensorSpec("x", 0, 4, 8192, 500, 65.5, 0, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Mounting.named("diagonal", 1));
        assertFalse(SessionPlan.supports("custom"));
    }
}
