package com.reptempo.storage.session;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.FaultKind;
import com.reptempo.model.FaultThresholds;
import com.reptempo.model.LinkStats;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseTarget;
import com.reptempo.model.Placement;
import com.reptempo.model.SetResult;
import com.reptempo.model.SideMode;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps a {@link Session} to and from {@link SessionDto.Document}. Reading validates everything
 * and throws IllegalArgumentException with a message naming the field (and set) at fault.
 */
final class SessionDtoMapper {
    private SessionDtoMapper() {
    }

    static SessionDto.Document toDto(Session s) {
        SessionInfo i = s.info();
        return new SessionDto.Document(SessionJson.SCHEMA_VERSION, i.appVersion(), i.id(), i.patient(),
                i.startedAt().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), i.startedAt().getZone().getId(),
                i.origin().name(), i.source(), i.recovered() ? Boolean.TRUE : null, i.recovered() ? i.recoveryNote() : null,
                device(i.device()), link(i.link()), samples(s.samples()),
                s.prescription() == null ? null : PrescriptionDtoMapper.toDto(s.prescription()),
                s.sets().stream().map(SessionDtoMapper::set).toList(), i.painBefore(), i.painAfter(), i.notes());
    }

    static SessionDto.SetEntry set(RecordedSet set) {
        return new SessionDto.SetEntry(exercise(set.exercise()), Numbers.time(set.start_s()), Numbers.time(set.end_s()),
                set.result() == null ? null : ResultDtoMapper.toDto(set.result()));
    }

    static SessionDto.Exercise exercise(ExerciseDefinition e) {
        return new SessionDto.Exercise(e.id(), e.name(), e.position(), e.instructions(), e.placement().name(), e.sides().name(),
                e.minReps(), e.maxReps(), e.phases().stream().map(p -> new SessionDto.PhaseTarget(p.name(), p.kind().name(), p.min_s(), p.max_s())).toList(),
                e.formFaults().stream().map(FaultKind::id).sorted().toList(),
                PrescriptionDtoMapper.thresholds(ThresholdOverrides.all(e.thresholds())));
    }

    private static SessionDto.Device device(DeviceInfo d) {
        return new SessionDto.Device(d.model(), d.deviceId(), d.firmwareVersion(), d.sampleRate_hz(), d.accelFullScale_g(),
                d.gyroFullScale_dps(), d.hasGyro(), d.placement().name());
    }

    private static SessionDto.Link link(LinkStats l) {
        return new SessionDto.Link(l.bytesReceived(), l.frames(), l.crcErrors(), l.runts(), l.malformed(), l.unknownType(),
                l.unsupportedVersion(), l.oversize(), l.bytesSkipped(), l.lostSamples(), l.duplicateBatches(),
                l.outOfOrderBatches(), l.samples(), l.modeChanges(), l.deviceDropped());
    }

    private static SessionDto.Samples samples(SampleSummary s) {
        return new SessionDto.Samples(s.count(), Numbers.time(s.duration_s()), Math.rint(s.rate_hz() * 1e3) / 1e3, s.hasGyro());
    }

    static Session toDomain(SessionDto.Document d) {
        SessionInfo info = new SessionInfo(required(d.id(), "id"), required(d.patient(), "patient"), startedAt(d),
                Names.enumValue(SessionOrigin.class, required(d.origin(), "origin"), "origin"), d.source(),
                Boolean.TRUE.equals(d.recovered()), d.recoveryNote(), device(d.device()), link(d.link()),
                d.painBefore(), d.painAfter(), d.notes(), d.appVersion());
        SampleSummary samples = d.samples() == null ? SampleSummary.EMPTY
                : new SampleSummary(d.samples().count(), d.samples().duration_s(), d.samples().rate_hz(), d.samples().hasGyro());
        Prescription prescription;
        try {
            prescription = d.prescription() == null ? null : PrescriptionDtoMapper.toDomain(d.prescription());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("prescription: " + e.getMessage(), e);
        }
        List<RecordedSet> sets = new ArrayList<>();
        List<SessionDto.SetEntry> entries = d.sets() == null ? List.of() : d.sets();
        for (int n = 0; n < entries.size(); n++) {
            SessionDto.SetEntry e = entries.get(n);
            try {
                sets.add(set(e));
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new IllegalArgumentException("set " + (n + 1) + ": " + ex.getMessage(), ex);
            }
        }
        return new Session(info, samples, prescription, sets);
    }

    static RecordedSet set(SessionDto.SetEntry e) {
        if (e == null || e.exercise() == null) throw new IllegalArgumentException("\"exercise\" is missing");
        ExerciseDefinition ex = exercise(e.exercise());
        SetResult result = e.result() == null ? null : ResultDtoMapper.toDomain(ex.id(), e.result());
        return new RecordedSet(ex, required(e.start_s(), "start_s"), required(e.end_s(), "end_s"), result);
    }

    static ExerciseDefinition exercise(SessionDto.Exercise e) {
        List<PhaseTarget> phases = required(e.phases(), "exercise phases").stream()
                .map(p -> new PhaseTarget(p.name(), Names.enumValue(PhaseKind.class, p.kind(), "phase kind"), p.min_s(), p.max_s()))
                .toList();
        Set<FaultKind> form = new LinkedHashSet<>();
        if (e.formFaults() != null) e.formFaults().forEach(f -> form.add(FaultKind.fromId(f)));
        return new ExerciseDefinition(required(e.id(), "exercise id"), e.name() == null ? e.id() : e.name(),
                e.position() == null ? "" : e.position(), e.instructions() == null ? "" : e.instructions(),
                Names.enumValueOr(Placement.class, e.placement(), Placement.UNSPECIFIED, "placement"),
                Names.enumValue(SideMode.class, required(e.sides(), "sides"), "sides"),
                e.minReps(), e.maxReps(), phases, form,
                PrescriptionDtoMapper.thresholds(e.thresholds()).over(FaultThresholds.DEFAULTS));
    }

    private static ZonedDateTime startedAt(SessionDto.Document d) {
        try {
            OffsetDateTime at = OffsetDateTime.parse(required(d.startedAt(), "startedAt"));
            ZoneId zone = d.zone() == null ? at.getOffset() : ZoneId.of(d.zone());
            return at.atZoneSameInstant(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("startedAt/zone '" + d.startedAt() + "' '" + d.zone()
                    + "' is not a date-time with offset such as 2025-03-14T09:30:12+01:00 and a zone such as Europe/Berlin", e);
        }
    }

    private static DeviceInfo device(SessionDto.Device d) {
        if (d == null) return SessionInfo.UNKNOWN_DEVICE;
        return new DeviceInfo(nz(d.firmwareVersion()), nz(d.deviceId()), nz(d.model()), d.sampleRate_hz(), d.accelFullScale_g(),
                d.gyroFullScale_dps(), d.hasGyro(), Names.enumValueOr(Placement.class, d.placement(), Placement.UNSPECIFIED, "device placement"));
    }

    private static LinkStats link(SessionDto.Link l) {
        if (l == null) return LinkStats.EMPTY;
        return new LinkStats(l.bytesReceived(), l.frames(), l.crcErrors(), l.runts(), l.malformed(), l.unknownType(),
                l.unsupportedVersion(), l.oversize(), l.bytesSkipped(), l.lostSamples(), l.duplicateBatches(),
                l.outOfOrderBatches(), l.samples(), l.modeChanges(), l.deviceDropped());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static <T> T required(T value, String name) {
        if (value == null) throw new IllegalArgumentException("\"" + name + "\" is missing");
        return value;
    }
}
