package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.RepResult;
import com.reptempo.model.Sample;
import com.reptempo.model.SampleSink;
import com.reptempo.model.SetResult;
import com.reptempo.model.Side;

import java.util.ArrayList;
import java.util.List;

/**
 * The streaming signal pipeline: fed sample by sample, it counts reps, times their phases against
 * the exercise's targets and flags faults, for live coaching and offline analysis alike (same
 * code, same results; see docs/PIPELINE.md).
 *
 * <p>Stages: still-period calibration ({@link StillCalibrator}; samples before it are kept and
 * replayed) → gravity direction ({@link GravityTracker}) → movements away from rest
 * ({@link ExcursionDetector}) → rep or not ({@link RepClassifier}) → phase times
 * ({@link PhaseTimer}), side ({@link SideClassifier}), faults and quality ({@link RepAssembler}).
 *
 * <p>What the reps counted taught (typical rep, sides, lead time) is kept in {@link RepsSoFar}.
 * Some movements are decided only by later ones: three kinds wait for the next rep's evidence
 * ({@link WaitingSlots}: a pending first movement, a held quick movement, a possible resettle
 * between blocks), a first rep that may hold the move into position founds nothing
 * ({@link IntoPositionWatch}), and reps already counted are overturned by {@link LateDecisions}
 * (a restart at a change of posture, a run of attempts given up, a first rep that was settling,
 * early fidgets judged again). Late decisions reach the listener as ordinary rep events: a rep
 * counted late, in its order, or {@code onRepAbandoned} for one withdrawn.
 *
 * <p>Single-threaded; time comes only from the samples. Samples whose time does not increase are
 * ignored.
 */
public final class RepPipeline implements SampleSink {
    /** Movements judged noise that stayed within this many rest wobbles teach the rest model (breathing). */
    static final double ABSORB_Z = 6.0;
    /** The exercise with no known structure, counted as repeated cycles ({@link CycleStage}). */
    static final String CUSTOM_ID = "custom";
    /** Seconds the sensor must be held still at the start to calibrate. */
    public static final double CALIBRATION_STILL_S = StillCalibrator.STILL_S;
    /** Seconds after which a recording without a still start is analysed with default calibration. */
    public static final double CALIBRATION_TIMEOUT_S = StillCalibrator.TIMEOUT_S;
    private final ExerciseDefinition exercise;
    private final PipelineListener listener;
    private final StillCalibrator calibrator = new StillCalibrator();
    private final List<Sample> beforeCalibration = new ArrayList<>();
    private final ExcursionDetector detector;
    /** The reps counted and what they taught: typical rep, sides, lead time. */
    private final RepsSoFar soFar;
    private final List<RepResult> reps;
    private final RepAssembler assembler;
    private final LivePhases live;
    private Calibration calibration;
    private GravityTracker gravity;
    /** Samples, from the first, that only the gravity tracker sees: the tail of a rep under way when the recording began ({@link FirstRest}). */
    private int beforeFirstRest;
    /** True once the detector has its first rest. */
    private boolean restTaken;
    private CycleStage cycles;
    private final boolean custom;
    private final IntoPositionWatch intoPosition = new IntoPositionWatch();
    /** Movements whose verdict waits for the next rep's evidence, one slot per kind of doubt. */
    private final WaitingSlots slots = new WaitingSlots(intoPosition, new WaitingSlots.Outcomes() {
        @Override
        public void countLate(Excursion e, RepTiming timing) {
            acceptRep(e, timing);
        }

        @Override
        public void withdraw(Verdict why, double t_s) {
            listener.onRepAbandoned(nextIndex(), why.reason(), t_s);
        }
    });
    /** The switch between blocks, and the doubts about it in the held and resettle slots. */
    private final BlockSwitchWatch switchWatch = new BlockSwitchWatch(slots.held(), slots.resettle(), slots::countWaiting);
    private final LateDecisions late;
    private final RepCounter counter;
    private double first_s = Double.NaN;
    private double last_s = Double.NaN;
    private double processed_s = Double.NaN;
    private boolean finished;
    private Observer observer;
    /** The movement judged last, when it was a rep ({@link NoiseRules#wayBackLeftover}); else null. */
    private Excursion lastJudgedRep;
    /** Scratch: the unit direction of the movement under way's peak so far ({@link #nextLegUnderWay}). */
    private final double[] underWayDirection = new double[3];
    private final LivePhases.Sink phaseSink;

    /** Development seam: sees every movement and its verdict. */
    interface Observer {
        void seen(Excursion e, RepTiming timing, Verdict v, double typicalRange_deg, double typicalDuration_s, double cos);
    }

    void observe(Observer o) {
        this.observer = o;
    }

    public RepPipeline(ExerciseDefinition exercise, PipelineOptions options, PipelineListener listener) {
        this.exercise = exercise;
        this.listener = listener == null ? new PipelineListener() { } : listener;
        this.detector = new ExcursionDetector(DetectorSettings.forExercise(exercise));
        this.soFar = new RepsSoFar(exercise, options);
        this.reps = soFar.list();
        this.late = new LateDecisions(soFar, this.listener, detector, slots, switchWatch, this::acceptRep);
        this.assembler = new RepAssembler(exercise, options.thresholdsFor(exercise));
        this.counter = new RepCounter(soFar, late, switchWatch, assembler, detector, this.listener);
        this.live = new LivePhases(exercise.phases());
        this.custom = CUSTOM_ID.equals(exercise.id());
        this.phaseSink = (phase, t) -> this.listener.onPhaseStarted(nextIndex(), exercise.phases().get(phase).name(), t);
    }

    @Override
    public void accept(Sample s) {
        if (finished) throw new IllegalStateException("the pipeline has finished");
        if (!(s.t_s() > last_s) && !Double.isNaN(last_s)) return;
        if (Double.isNaN(first_s)) first_s = s.t_s();
        last_s = s.t_s();
        if (calibration == null) {
            beforeCalibration.add(s);
            Calibration c = calibrator.accept(s);
            if (c == null) return;
            calibration = c;
            gravity = new GravityTracker(s.hasGyro());
            gravity.calibrate(c.gyroBiasX_dps(), c.gyroBiasY_dps(), c.gyroBiasZ_dps(), c.gravity_g());
            if (custom) cycles = new CycleStage(assembler, rate_hz(beforeCalibration));
            listener.onCalibrated(c.t_s());
            beforeFirstRest = FirstRest.index(beforeCalibration);
            for (Sample b : beforeCalibration) process(b);
            beforeCalibration.clear();
            return;
        }
        process(s);
    }

    private void process(Sample s) {
        double dt = Double.isNaN(processed_s) ? 0 : s.t_s() - processed_s;
        processed_s = s.t_s();
        if (cycles != null) {
            // custom exercises count cycles of the raw acceleration: no gravity direction needed
            RepResult r = cycles.accept(s);
            if (r != null) {
                reps.add(r);
                listener.onRepCompleted(r);
            }
            return;
        }
        gravity.update(dt, s.ax_g(), s.ay_g(), s.az_g(), s.gx_dps(), s.gy_dps(), s.gz_dps());
        if (beforeFirstRest > 0) {
            beforeFirstRest--;
            return;
        }
        if (!restTaken) {
            detector.calibrate(gravity.x(), gravity.y(), gravity.z());
            restTaken = true;
        }
        ExcursionDetector.Event ev = detector.accept(s.t_s(), gravity.x(), gravity.y(), gravity.z());
        if (ev == ExcursionDetector.Event.ENDED || ev == ExcursionDetector.Event.RESTARTED) {
            ended(detector.finished());
            if (detector.active()) followLive(s.t_s());
        } else if (detector.active()) {
            followLive(s.t_s());
            nextLegUnderWay();
        }
    }

    /**
     * A small movement waiting for the next leg ({@link NextSideDecides}) is counted as soon as the
     * movement under way has reached {@link NextSideDecides#UNDER_WAY_RANGE} of the typical range
     * pointing like the other leg ({@link SideClassifier#otherLegUnderWay}): she alternates, so the
     * one that waited was a partial rep, and the live report need not wait for this one to end.
     * Pointing like the same leg, or not yet clearly either, it waits for the end as before. Not
     * while another slot waits (the order they are settled in is the pipeline's, at the end).
     */
    private void nextLegUnderWay() {
        if (!slots.onlyNextSideWaits()) return;
        double typical_deg = soFar.classifier().typicalRange_deg();
        if (Double.isNaN(typical_deg) || detector.peak_deg() < NextSideDecides.UNDER_WAY_RANGE * typical_deg) return;
        detector.peakDirection(underWayDirection);
        slots.countNextSideIfOtherLeg(underWayDirection, soFar.sides());
    }

    private void followLive(double t_s) {
        live.update(t_s, detector.start_s(), detector.theta_deg(), detector.peak_deg(), detector.z(),
                soFar.classifier().typicalRange_deg(), soFar.lead_s(), gravity.delay_s(),
                phaseSink);
    }

    private int nextIndex() {
        return reps.size() + (slots.pending().waiting() ? 2 : 1);
    }

    private void ended(Excursion e) {
        boolean announced = live.announced();
        live.reset();
        RepTiming timing = PhaseTimer.time(e, gravity.delay_s());
        double t_s = timing.end_s();
        Verdict v = judge(e, timing);
        lastJudgedRep = v == Verdict.REP ? e : null;
        if (v == Verdict.NOISE && e.peakZ() < ABSORB_Z) detector.absorb(e);
        if (e.end() == Excursion.End.POSTURE_CHANGE) late.postureChanged(t_s);
        // a rep that is not a pelvis outlier is the evidence the waiting movements wait for
        boolean evidence = v == Verdict.REP && !soFar.classifier().outlier(e);
        if (soFar.blocksOpen()) switchWatch.judged(v, e, soFar.classifier().typicalRange_deg());
        if (evidence) slots.settleResettle(e, t_s, soFar.sides());
        route(e, timing, v, evidence, announced);
        intoPosition.seen(v, e.end());
        late.judged(e, timing, v, evidence);
    }

    /**
     * The classifier's verdict on a movement. When it is the evidence a pending first movement
     * waits for (another short one, or a rep that is not a pelvis outlier, or one awaiting the
     * next side, {@link Verdict#AWAITS_NEXT_SIDE}: a rep unless the next leg says otherwise), that one is settled
     * first and the movement judged again, since a rep counted before it founds the typical rep.
     * A rep begun straight out of the rep judged just before and pointing back along it is the rest
     * of that rep's way back: noise ({@link NoiseRules#wayBackLeftover}).
     */
    private Verdict judge(Excursion e, RepTiming timing) {
        SideClassifier.Nearest nearest = soFar.sides().nearest(e);
        Verdict v = soFar.classify(e, timing, nearest);
        RepClassifier classifier = soFar.classifier();
        if (v == Verdict.REP && NoiseRules.wayBackLeftover(e, timing, lastJudgedRep, classifier.typicalRange_deg())) v = Verdict.NOISE;
        if (observer != null) observer.seen(e, timing, v, classifier.typicalRange_deg(), classifier.typical().width_s(), nearest.cos());
        boolean repOrWaits = v == Verdict.REP || v == Verdict.AWAITS_NEXT_SIDE;
        if (slots.pending().waiting() && (v == Verdict.PENDING || (repOrWaits && !classifier.outlier(e)))) {
            slots.settlePendingFirst(e, timing.end_s(), soFar.sides());
            v = soFar.classify(e, timing);
        }
        return v;
    }

    /**
     * Where a judged movement goes: a rep is counted (after the held quick movement it settles),
     * unless it may be the resettle between blocks ({@link RepClassifier#maybeResettle},
     * {@link BlockSwitchWatch}; an earlier such candidate is then counted, since the switch is the
     * last movement before the other side), founding nothing if it may hold the move into
     * position ({@link IntoPositionWatch}); a pending or held movement waits in its slot
     * (a held one counting an earlier one along its axis, {@link HeldQuickMovement#countsBefore};
     * dropped as a shift when the earlier one outranks it, {@link HeldQuickMovement#outranks};
     * else replacing it, a shift); anything else announced is withdrawn.
     */
    private void route(Excursion e, RepTiming timing, Verdict v, boolean evidence, boolean announced) {
        double t_s = timing.end_s();
        if (v == Verdict.REP && soFar.blocksOpen() && switchWatch.mayBeResettle(e, timing, soFar.classifier(), soFar.sides())) {
            switchWatch.holdAsResettle(e, timing);
        } else if (v == Verdict.REP) {
            if (evidence) slots.settleHeld(e, t_s, soFar.sides(), switchWatch);
            slots.settleNextSide(e, t_s, soFar.sides());
            counter.count(e, timing, !intoPosition.mayHoldTheMove(reps.size(), e.end()), gravity.delay_s());
        } else if (v == Verdict.PENDING) {
            slots.pending().hold(e, timing);
        } else if (v == Verdict.AWAITS_NEXT_SIDE) {
            slots.settleNextSide(e, t_s, soFar.sides());
            slots.nextSide().hold(e, timing);
        } else if (v == Verdict.HELD) {
            double typical_deg = soFar.classifier().typicalRange_deg();
            if (slots.held().waiting() && HeldQuickMovement.countsBefore(slots.held().movement(), e, typical_deg)) {
                slots.countWaiting(slots.held());
            } else if (slots.held().waiting() && HeldQuickMovement.outranks(slots.held().movement(), timing)) {
                if (soFar.blocksOpen()) switchWatch.shiftDropped(e, typical_deg);
                if (announced) listener.onRepAbandoned(nextIndex(), slots.held().droppedAs().reason(), t_s);
                return;
            } else if (slots.held().waiting()) {
                if (soFar.blocksOpen()) switchWatch.heldReplaced(typical_deg);
                listener.onRepAbandoned(nextIndex(), slots.held().droppedAs().reason(), t_s);
            }
            slots.held().hold(e, timing);
            if (soFar.blocksOpen()) switchWatch.heldNow(e, soFar.classifier().typical());
        } else if (announced) {
            listener.onRepAbandoned(nextIndex(), v.reason(), t_s);
        }
    }

    /** Counts a rep: it founds the sides' directions, the typical rep, the lead time and the set's beginning. */
    private void acceptRep(Excursion e, RepTiming timing) {
        counter.count(e, timing, true, gravity.delay_s());
    }

    /**
     * Ends the stream: a rep in progress is closed and judged, the set's first movement if still
     * undecided becomes a rep, partial range is judged against the whole set's typical range, and
     * a set done in blocks takes its sides from its one switch ({@link BlockSides}).
     */
    public SetResult finish() {
        if (!finished && calibration != null && cycles != null) {
            reps.clear();
            reps.addAll(cycles.finish());
        } else if (!finished && calibration != null) {
            if (detector.endOfStream()) ended(detector.finished());
            slots.settleAtEnd();
            double typical = soFar.medianRange_deg();
            reps.replaceAll(r -> assembler.rejudgeRange(r, typical));
            soFar.sidesFromBlocks();
        }
        boolean first = !finished;
        finished = true;
        SetResult set = new SetResult(exercise.id(), reps, QualityScore.set(reps, exercise.perSide() ? 2 * exercise.minReps()
                : exercise.minReps()), Double.isNaN(first_s) ? 0 : first_s, Double.isNaN(last_s) ? 0 : last_s);
        if (first) listener.onSetFinished(set);
        return set;
    }

    /** Median sample interval of the first samples, as a rate. */
    private static double rate_hz(List<Sample> samples) {
        int n = Math.min(samples.size(), 256);
        if (n < 2) return 100;
        double[] d = new double[n - 1];
        for (int i = 1; i < n; i++) d[i - 1] = samples.get(i).t_s() - samples.get(i - 1).t_s();
        java.util.Arrays.sort(d);
        double dt = d[d.length / 2];
        return dt > 0 ? 1 / dt : 100;
    }

    /** The state for a live display. */
    public LiveState snapshot() {
        double t = Double.isNaN(last_s) ? 0 : last_s;
        String phase = live.phaseName();
        double inPhase = phase == null ? 0 : Math.max(0, t - live.phaseStart_s());
        return new LiveState(calibration != null, calibration != null ? 1 : calibrator.progress(t), phase, inPhase,
                phase == null ? 0 : nextIndex(), reps.size(), soFar.onSide(Side.LEFT), soFar.onSide(Side.RIGHT),
                calibration == null ? 0 : detector.theta_deg(), reps.isEmpty() ? null : reps.get(reps.size() - 1), t);
    }

    /** True once the still period has been measured. */
    public boolean calibrated() {
        return calibration != null;
    }

    /** The calibration, or null before it. */
    public Calibration calibration() {
        return calibration;
    }
}
