package com.reptempo.storage.session;

import com.reptempo.model.Fault;
import com.reptempo.model.FaultKind;
import com.reptempo.model.PhaseKind;
import com.reptempo.model.PhaseResult;
import com.reptempo.model.RepResult;
import com.reptempo.model.SetResult;
import com.reptempo.model.Side;

import java.util.List;
import java.util.Locale;

/** Maps the analysis records ({@link SetResult} and below) to and from {@link SessionDto.Result}. */
final class ResultDtoMapper {
    private ResultDtoMapper() {
    }

    static SessionDto.Result toDto(SetResult r) {
        return new SessionDto.Result(r.quality(), Numbers.time(r.start_s()), Numbers.time(r.end_s()),
                r.reps().stream().map(ResultDtoMapper::rep).toList());
    }

    private static SessionDto.Rep rep(RepResult r) {
        return new SessionDto.Rep(r.index(), Numbers.time(r.start_s()), Numbers.time(r.end_s()),
                r.side() == null ? null : r.side().name().toLowerCase(Locale.ROOT),
                r.phases().stream().map(p -> new SessionDto.PhaseTiming(p.name(), p.kind().name(), Numbers.time(p.start_s()),
                        Numbers.time(p.end_s()), p.targetMin_s(), p.targetMax_s())).toList(),
                r.faults().stream().map(f -> new SessionDto.FaultEntry(f.kind().id(), f.phase(), Numbers.orNull(f.deviation()),
                        Numbers.orNull(f.deviationPercent()))).toList(),
                Numbers.orNull(r.quality()), Numbers.orNull(r.range_deg()), Numbers.orNull(r.pelvisRotation_deg()),
                Numbers.orNull(r.smoothness()));
    }

    static SetResult toDomain(String exerciseId, SessionDto.Result r) {
        List<SessionDto.Rep> reps = r.reps() == null ? List.of() : r.reps();
        return new SetResult(exerciseId, reps.stream().map(ResultDtoMapper::rep).toList(), r.quality(), r.start_s(), r.end_s());
    }

    private static RepResult rep(SessionDto.Rep r) {
        Side side = r.side() == null ? null : Names.enumValue(Side.class, r.side(), "rep " + r.index() + " side");
        List<PhaseResult> phases = (r.phases() == null ? List.<SessionDto.PhaseTiming>of() : r.phases()).stream()
                .map(p -> new PhaseResult(p.name(), Names.enumValue(PhaseKind.class, p.kind(), "phase kind"), p.start_s(),
                        p.end_s(), p.targetMin_s(), p.targetMax_s())).toList();
        List<Fault> faults = (r.faults() == null ? List.<SessionDto.FaultEntry>of() : r.faults()).stream()
                .map(f -> new Fault(FaultKind.fromId(SessionDtoMapper.required(f.kind(), "fault kind")), f.phase(),
                        Numbers.orNaN(f.deviation()), Numbers.orNaN(f.deviationPercent()))).toList();
        return new RepResult(r.index(), r.start_s(), r.end_s(), side, phases, faults, Numbers.orNaN(r.quality()),
                Numbers.orNaN(r.range_deg()), Numbers.orNaN(r.pelvisRotation_deg()), Numbers.orNaN(r.smoothness()));
    }
}
