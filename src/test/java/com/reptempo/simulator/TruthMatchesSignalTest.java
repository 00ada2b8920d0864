package com.reptempo.simulator;

import com.reptempo.model.PhaseKind;
import com.reptempo.model.Sample;
import com.reptempo.model.Side;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The labels describe what the samples show: orientation changes, holds, returns, sides, gyro. */
class TruthMatchesSignalTest {
    private static final String[] IDS = {"heel-scoop", "cobra-lift", "rear-leg-lift", "arm-leg-extension"};

    private static void checkAmplitudes(SimulatedSession s, double absTol_deg, double relTol, double returnTol_deg) {
        SignalAnalysis a = new SignalAnalysis(s.samples(), s.plan().sensor().sampleRate_hz(), 0.4);
        for (RepTruth r : s.truth().allReps()) {
            Vector3D before = a.mean(r.start_s() - 0.4, r.start_s());
            double measured = a.maxAngleFrom(before, r.start_s(), r.end_s());
            assertEquals(r.amplitude_deg(), measured, absTol_deg + relTol * r.amplitude_deg(),
                    () -> r.exercise() + " rep " + r.index() + " " + r.injectedFaults());
            Vector3D after = a.mean(r.end_s() + 0.2, r.end_s() + 0.5);
            assertTrue(SignalAnalysis.angle_deg(before, after) < returnTol_deg,
                    () -> r.exercise() + " rep " + r.index() + " does not come back: " + SignalAnalysis.angle_deg(before, after));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"heel-scoop", "cobra-lift", "rear-leg-lift", "arm-leg-extension"})
    void idealSensorShowsExactlyTheLabelledAmplitudes(String id) {
        SimulatedSession s = SimulatedSession.generate(SimulatorFixtures.clean(SimulatorFixtures.shortSet(id))
                .withFaults(FaultPlan.all(0.3)).withSeed(5));
        checkAmplitudes(s, 0.05, 0.01, 0.05);
    }

    @ParameterizedTest
    @ValueSource(strings = {"heel-scoop", "cobra-lift", "rear-leg-lift", "arm-leg-extension"})
    void realisticSensorShowsTheLabelledAmplitudesWithinNoise(String id) {
        SimulatedSession s = SimulatedSession.generate(SimulatorFixtures.shortSet(id).withFaults(FaultPlan.all(0.3))
                .withMounting(Mounting.named("tilted", 1)).withSeed(6));
        checkAmplitudes(s, 0.9, 0.08, 1.2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cobra-lift", "arm-leg-extension"})
    void holdsShowLittleRotation(String id) {
        SimulatedSession s = SimulatedSession.generate(SimulatorFixtures.shortSet(id).withSeed(8));
        SignalAnalysis a = new SignalAnalysis(s.samples(), 100, 0.4);
        for (RepTruth r : s.truth().allReps()) {
            for (PhaseTruth p : r.phases()) {
                if (p.kind() != PhaseKind.HOLD) continue;
                double mid = (p.start_s() + p.end_s()) / 2;
                Vector3D centre = a.mean(mid - 0.1, mid + 0.1);
                double drift = a.maxAngleFrom(centre, p.start_s() + 0.3, p.end_s() - 0.3);
                assertTrue(drift < Math.min(1.5, 0.25 * r.amplitude_deg()), () -> id + " hold drifts " + drift + "°");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"heel-scoop", "rear-leg-lift", "arm-leg-extension"})
    void sidesTurnTheSensorInOppositeDirections(String id) {
        SimulatedSession s = SimulatedSession.generate(SimulatorFixtures.shortSet(id)
                .withMounting(Mounting.named("upside-down", 1)).withSeed(9));
        SignalAnalysis a = new SignalAnalysis(s.samples(), 100, 0.4);
        List<Vector3D> left = new ArrayList<>(), right = new ArrayList<>();
        for (RepTruth r : s.truth().allReps()) {
            Vector3D before = a.mean(r.start_s() - 0.4, r.start_s()).normalize();
            Vector3D change = a.farthestFrom(before, r.start_s(), r.end_s()).normalize().subtract(before);
            (r.side() == Side.LEFT ? left : right).add(change);
        }
        Vector3D l = mean(left), rt = mean(right);
        double cos = l.normalize().dotProduct(rt.normalize());
        assertTrue(cos < -0.2, () -> id + ": left and right changes are not opposed, cos = " + cos);
        for (Vector3D c : left) assertTrue(c.distance(l) < c.distance(rt), id + ": a left rep looks like a right one");
        for (Vector3D c : right) assertTrue(c.distance(rt) < c.distance(l), id + ": a right rep looks like a left one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"heel-scoop", "cobra-lift", "rear-leg-lift", "arm-leg-extension"})
    void gyroscopeIntegratesToTheAmplitudeAboutTheLabelledAxis(String id) {
        SimulatedSession s = SimulatedSession.generate(SimulatorFixtures.clean(SimulatorFixtures.shortSet(id)).withSeed(10));
        for (RepTruth r : s.truth().allReps()) {
            PhaseTruth out = r.phases().get(0);
            double angle = 0;
            Sample prev = null;
            for (Sample x : s.samples()) {
                if (x.t_s() < out.start_s() - 0.05 || x.t_s() > out.end_s() + 0.05) continue;
                if (prev != null) {
                    double w0 = new Vector3D(prev.gx_dps(), prev.gy_dps(), prev.gz_dps()).dotProduct(r.rotationAxis_sensor());
                    double w1 = new Vector3D(x.gx_dps(), x.gy_dps(), x.gz_dps()).dotProduct(r.rotationAxis_sensor());
                    angle += (w0 + w1) / 2 * (x.t_s() - prev.t_s());
                }
                prev = x;
            }
            double holdSway = r.phases().stream().anyMatch(p -> p.kind() == PhaseKind.HOLD) ? 0.31 : 0;
            assertEquals(r.amplitude_deg(), angle, 0.05 + holdSway + 0.01 * r.amplitude_deg(), id + " rep " + r.index());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"heel-scoop", "cobra-lift"})
    void accelerometerReadsOneGAtRest(String id) {
        SimulatedSession ideal = SimulatedSession.generate(SimulatorFixtures.clean(SimulatorFixtures.shortSet(id)));
        SimulatedSession real = SimulatedSession.generate(SimulatorFixtures.shortSet(id));
        for (SimulatedSession s : List.of(ideal, real)) {
            double tol = s == ideal ? 0.001 : 0.08;
            TimeSpan still = s.truth().initialStill();
            for (Sample x : s.samples()) {
                if (still.contains(x.t_s())) assertEquals(1.0, x.accelMagnitude_g(), tol, () -> "at " + x.t_s());
            }
            RepTruth first = s.truth().allReps().get(0);
            Vector3D rest = new SignalAnalysis(s.samples(), 100, 0.4).mean(first.start_s() - 1.0, first.start_s());
            assertEquals(1.0, rest.getNorm(), s == ideal ? 0.001 : 0.06);
        }
    }

    private static Vector3D mean(List<Vector3D> v) {
        Vector3D sum = Vector3D.ZERO;
        for (Vector3D x : v) sum = sum.add(x);
        return sum.scalarMultiply(1.0 / v.size());
    }
}
