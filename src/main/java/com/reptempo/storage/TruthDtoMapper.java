package com.reptempo.storage;

import com.reptempo.model.FaultKind;
import com.reptempo.model.Side;
import com.reptempo.simulator.InjectedFault;
import com.reptempo.simulator.NonRepTruth;
import com.reptempo.simulator.PhaseTruth;
import com.reptempo.simulator.Quaternion;
import com.reptempo.simulator.RepTruth;
import com.reptempo.simulator.SensorSpec;
import com.reptempo.simulator.SessionPlan;
import com.reptempo.simulator.SessionTruth;
import com.reptempo.simulator.SetPlan;
import com.reptempo.simulator.SetTruth;
import com.reptempo.simulator.TimeSpan;
import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

import java.util.List;
import java.util.Locale;

/** Maps the simulator's truth records and plan onto {@link TruthDto}, rounding for a readable file. */
final class TruthDtoMapper {
    private TruthDtoMapper() {
    }

    static TruthDto.Session toDto(SessionPlan plan, SessionTruth truth) {
        return new TruthDto.Session(TruthJson.SCHEMA_VERSION, true, generator(plan), plan.sensor().sampleRate_hz(),
                truth.sampleCount(), time(truth.duration_s()), span(truth.initialStill()),
                truth.sets().stream().map(TruthDtoMapper::set).toList());
    }

    private static TruthDto.Generator generator(SessionPlan plan) {
        SensorSpec s = plan.sensor();
        TruthDto.Sensor sensor = new TruthDto.Sensor(s.model(), s.sampleRate_hz(), s.accelFullScale_g(), s.accelLsbPerG(),
                s.gyroFullScale_dps(), s.gyroLsbPerDps(), s.hasGyro(), s.accelNoise_ugPerRtHz(), s.gyroNoise_dpsPerRtHz(),
                s.accelBiasSd_g(), s.gyroBiasSd_dps(), s.scaleErrorSd(), s.crossAxisSd(), s.timeJitterSd_s());
        TruthDto.Mounting mounting = new TruthDto.Mounting(plan.mounting().name(),
                quaternion(plan.mounting().sensorRotation()), plan.mounting().misalignmentSd_deg());
        TruthDto.Disturbances d = new TruthDto.Disturbances(plan.disturbances().fidgetRate(),
                plan.disturbances().bumpRate(), plan.disturbances().breathing(), plan.disturbances().tremor());
        List<TruthDto.ExplicitFault> explicit = plan.faults().explicit().entrySet().stream()
                .map(e -> new TruthDto.ExplicitFault(e.getKey(), faults(e.getValue().stream().sorted().toList())))
                .sorted((a, b) -> Integer.compare(a.rep(), b.rep())).toList();
        return new TruthDto.Generator("reptempo-simulator", plan.sets().stream().map(p -> p.exercise().id()).toList(),
                plan.sets().stream().map(SetPlan::repsPerSide).toList(), plan.seed(), plan.tempo(),
                faults(plan.faults().kinds().stream().sorted().toList()), plan.faults().rate(), explicit, sensor, mounting, d);
    }

    private static TruthDto.SetEntry set(SetTruth s) {
        TruthDto.SideCounts counts = s.perSide() ? new TruthDto.SideCounts(s.count(Side.LEFT), s.count(Side.RIGHT)) : null;
        return new TruthDto.SetEntry(s.exercise(), s.posture().name(), s.placement().name(), quaternion(s.sensorToBody()),
                time(s.start_s()), time(s.end_s()), s.count(), counts, s.reps().stream().map(TruthDtoMapper::rep).toList(),
                s.nonReps().stream().map(TruthDtoMapper::nonRep).toList());
    }

    private static TruthDto.Rep rep(RepTruth r) {
        Vector3D a = r.rotationAxis_sensor();
        return new TruthDto.Rep(r.index(), r.exercise(), side(r.side()), time(r.start_s()), time(r.end_s()),
                r.phases().stream().map(TruthDtoMapper::phase).toList(), faults(r.injectedFaults()),
                r.expectedFaults().stream().map(FaultKind::id).toList(), angle(r.amplitude_deg()),
                angle(r.peakPelvisRotation_deg()), List.of(unit(a.getX()), unit(a.getY()), unit(a.getZ())),
                r.pauses().stream().map(TruthDtoMapper::span).toList());
    }

    private static TruthDto.Phase phase(PhaseTruth p) {
        return new TruthDto.Phase(p.name(), p.kind().name(), time(p.start_s()), time(p.end_s()));
    }

    private static TruthDto.NonRep nonRep(NonRepTruth n) {
        return new TruthDto.NonRep(n.kind().id(), time(n.start_s()), time(n.end_s()));
    }

    private static TruthDto.Span span(TimeSpan s) {
        return new TruthDto.Span(time(s.start_s()), time(s.end_s()));
    }

    static String side(Side s) {
        return s == null ? null : s.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> faults(List<InjectedFault> f) {
        return f.stream().map(InjectedFault::id).toList();
    }

    private static List<Double> quaternion(Quaternion q) {
        return List.of(unit(q.w()), unit(q.x()), unit(q.y()), unit(q.z()));
    }

    private static double time(double t_s) {
        return Math.rint(t_s * 1e6) / 1e6;
    }

    private static double angle(double deg) {
        return Math.rint(deg * 1e3) / 1e3;
    }

    private static double unit(double v) {
        return Math.rint(v * 1e6) / 1e6;
    }
}
