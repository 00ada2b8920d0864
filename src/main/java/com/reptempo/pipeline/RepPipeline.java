package com.reptempo.pipeline;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.FaultKind;
import com.reptempo.model.RepResult;
import com.reptempo.model.Sample;
import com.reptempo.model.SampleSink;
import com.reptempo.model.SetResult;
import com.reptempo.model.Side;
import com.reptempo.model.SideMode;

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
 * <p>Some movements are decided only by later ones: three kinds wait for the next rep's evidence
 * ({@link WaitingSlots}: a pending first movement, a held quick movement, a possible resettle
 * between blocks), a run of attempts given up overturns the typical range ({@link GivenUpRun}),
 * the first rep is checked against the next ones ({@link FirstRepCheck}), and a first rep that may
 * hold the move into position founds nothing ({@link IntoPositionWatch}). Late decisions
 * reach the listener as ordinary rep events: a rep counted late, in its order, or
 * {@code onRepAbandoned} for one withdrawn.
 *
 * <p>Single-threaded; time comes only from the samples. Samples whose time does not increase are
 * ignored.
 */
public final class RepPipeline implements SampleSink {
    /** Movements judged noise that stayed within this many rest wobbles teach the rest model (breathing). */
    static final double ABSORB_Z = 6.0;
    /** The exercise with no known structure, counted as repeated cycles ({@link CycleStage}). */
    static final String CUSTOM_ID = "custom";
    /** Reps needed before the top of a rep is announced when due rather than when seen. */
    static final int LEAD_AFTER = 2;
    /** Reps counted before a change of posture that show the set had begun; fewer are withdrawn ({@link #restartSet}). */
    static final int SETTLED_REPS = 3;
    /**
     * A founding rep whose peak stands at least this many rest wobbles clear (twice what any
     * movement needs, {@link RepClassifier#MIN_PEAK_Z}) shows she is in position: only then is the
     * detector's new-position rule ({@link HeldPlace}) turned off. Breathing and settling on the mat
     * before a set (0.5-0.6 degrees at 8.5-10 wobbles) pass the noise test and may be counted (and
     * withdrawn later, {@link FirstRepCheck}); with the rule off, the small transition into position
     * that follows ran on into the first rep and swallowed it (routine 7110 set 3).
     */
    static final double CLEAR_REP_Z = 2 * RepClassifier.MIN_PEAK_Z;
    /** Seconds the sensor must be held still at the start to calibrate. */
    public static final double CALIBRATION_STILL_S = StillCalibrator.STILL_S;
    /** Seconds after which a recording without a still start is analysed with default calibration. */
    public static final double CALIBRATION_TIMEOUT_S = StillCalibrator.TIMEOUT_S;
    private final ExerciseDefinition exercise;
    private final PipelineListener listener;
    private final StillCalibrator calibrator = new StillCalibrator();
    private final List<Sample> beforeCalibration = new ArrayList<>();
    private final ExcursionDetector detector;
    private RepClassifier classifier;
    private SideClassifier sides;
    /** Which way the body faces in the exercise, for the sides' handedness ({@link SideClassifier#MIN_HANDEDNESS}). */
    private final BodyFacing facing;
    private final PipelineOptions options;
    private final RepAssembler assembler;
    private final LivePhases live;
    private final List<RepResult> reps = new ArrayList<>();
    /** For each rep so far: from the detector's start to the end of the way out (raw clock). */
    private RunningMedian leads = new RunningMedian();
    private Calibration calibration;
    private GravityTracker gravity;
    /** Samples, from the first, that only the gravity tracker sees: the tail of a rep under way when the recording began ({@link FirstRest}). */
    private int beforeFirstRest;
    /** True once the detector has its first rest. */
    private boolean restTaken;
    private CycleStage cycles;
    private final boolean custom;
    private final GivenUpRun givenUp = new GivenUpRun();
    private final FirstRepCheck firstRep = new FirstRepCheck();
    private final IntoPositionWatch intoPosition = new IntoPositionWatch();
    /** Movements judged before the typical range was settled, judged again once it is ({@link #rejudgeEarly}). */
    private final EarlyVerdicts early = new EarlyVerdicts();
    /** True when the last rep counted settled the typical range: the early verdicts are to be judged again. */
    private boolean rejudgeDue;
    /** True while reps are being counted again from scratch (no re-judging is started then). */
    private boolean recounting;
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
    private double first_s = Double.NaN;
    private double last_s = Double.NaN;
    private double processed_s = Double.NaN;
    private boolean finished;
    private Observer observer;
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
        this.options = options;
        this.classifier = newClassifier();
        this.facing = BodyFacing.of(exercise.position());
        this.sides = new SideClassifier(exercise.sides(), options.firstSide(), facing);
        this.assembler = new RepAssembler(exercise, options.thresholdsFor(exercise));
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
        }
    }

    private void followLive(double t_s) {
        live.update(t_s, detector.start_s(), detector.theta_deg(), detector.peak_deg(), detector.z(),
                classifier.typicalRange_deg(), leads.size() >= LEAD_AFTER ? leads.median() : Double.NaN, gravity.delay_s(),
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
        if (v == Verdict.NOISE && e.peakZ() < ABSORB_Z) detector.absorb(e);
        if (e.end() == Excursion.End.POSTURE_CHANGE && reps.size() < SETTLED_REPS) restartSet(t_s);
        // a rep that is not a pelvis outlier is the evidence the waiting movements wait for
        boolean evidence = v == Verdict.REP && !classifier.outlier(e);
        if (blocksOpen()) switchWatch.judged(v, e, classifier.typicalRange_deg());
        if (evidence) slots.settleResettle(e, t_s, sides);
        route(e, timing, v, evidence, announced);
        intoPosition.seen(v, e.end());
        if (v == Verdict.FIDGET && !classifier.typical().rangeSettled()) early.add(e, timing, false);
        if (v == Verdict.ABANDONED) doubt(e, timing);
        else if (evidence || v == Verdict.REPOSITIONED) givenUp.clear();
        if (rejudgeDue) rejudgeEarly(t_s);
        if (firstRep.due(reps.size()) && firstRep.firstWasSettling(reps.size(), classifier)) recountWithoutFirst(t_s);
    }

    /**
     * The classifier's verdict on a movement. When it is the evidence a pending first movement
     * waits for (another short one, or a rep that is not a pelvis outlier), that one is settled
     * first and the movement judged again, since a rep counted before it founds the typical rep.
     */
    private Verdict judge(Excursion e, RepTiming timing) {
        SideClassifier.Nearest nearest = sides.nearest(e);
        Verdict v = classify(e, timing, nearest);
        if (observer != null) observer.seen(e, timing, v, classifier.typicalRange_deg(), classifier.typical().width_s(), nearest.cos());
        if (slots.pending().waiting() && (v == Verdict.PENDING || (v == Verdict.REP && !classifier.outlier(e)))) {
            slots.settlePendingFirst(e, timing.end_s(), sides);
            v = classify(e, timing);
        }
        return v;
    }

    /** The classifier's verdict on a movement against the sides and the typical rep as they are now. */
    private Verdict classify(Excursion e, RepTiming timing) {
        return classify(e, timing, sides.nearest(e));
    }

    private Verdict classify(Excursion e, RepTiming timing, SideClassifier.Nearest nearest) {
        return classifier.judge(e, timing, nearest.cos(), nearest.taught_deg(), sideOpen());
    }

    /**
     * Where a judged movement goes: a rep is counted (after the held quick movement it settles),
     * unless it may be the resettle between blocks ({@link RepClassifier#maybeResettle},
     * {@link BlockSwitchWatch}; an earlier such candidate is then counted, since the switch is the
     * last movement before the other side), founding nothing if it may hold the move into
     * position ({@link IntoPositionWatch}); a pending or held movement waits in its slot
     * (a held one replacing an earlier one, a shift); anything else announced is withdrawn.
     */
    private void route(Excursion e, RepTiming timing, Verdict v, boolean evidence, boolean announced) {
        double t_s = timing.end_s();
        if (v == Verdict.REP && blocksOpen() && switchWatch.mayBeResettle(e, classifier)) {
            switchWatch.holdAsResettle(e, timing);
        } else if (v == Verdict.REP) {
            if (evidence) slots.settleHeld(e, t_s, sides, switchWatch);
            count(e, timing, !intoPosition.mayHoldTheMove(reps.size(), e.end()));
        } else if (v == Verdict.PENDING) {
            slots.pending().hold(e, timing);
        } else if (v == Verdict.HELD) {
            if (slots.held().waiting()) {
                if (blocksOpen()) switchWatch.heldReplaced(classifier.typicalRange_deg());
                listener.onRepAbandoned(nextIndex(), slots.held().droppedAs().reason(), t_s);
            }
            slots.held().hold(e, timing);
            if (blocksOpen()) switchWatch.heldNow(e, classifier.typical());
        } else if (announced) {
            listener.onRepAbandoned(nextIndex(), v.reason(), t_s);
        }
    }

    /**
     * The first rep was a tilt while settling ({@link FirstRepCheck}): every rep is withdrawn and
     * the later ones counted again from scratch, through the normal rep events, so the live count
     * drops by one and the typical rep and the sides are founded again.
     */
    private void recountWithoutFirst(double t_s) {
        List<TimedMovement> later = new ArrayList<>();
        for (int i = 1; i < reps.size(); i++) later.add(firstRep.rep(i));
        recount(Verdict.NOISE, t_s, later);
    }

    /**
     * The typical range has just been settled by its third rep: every fidget judged before
     * ({@link EarlyVerdicts}) is judged again against it and the sides as they are now, and if one
     * is a rep now ({@link EarlyVerdicts#flips}), every rep is withdrawn and the set's reps so far
     * counted again from scratch with it, in their order, through the normal rep events (as
     * {@link #recountWithoutFirst} does: the live count drops and rises by one more). Only when
     * every rep counted so far was counted early (not after a forgotten typical range).
     */
    private void rejudgeEarly(double t_s) {
        rejudgeDue = false;
        if (early.reps() != reps.size()) {
            early.clear();
            return;
        }
        List<TimedMovement> keep = early.rejudged(this::classify, e -> sides.nearest(e).cos());
        if (keep == null) return;
        givenUp.clear();
        recounting = true;
        recount(Verdict.FIDGET, t_s, keep);
        recounting = false;
    }

    /**
     * Withdraws every rep counted (as {@code why}), forgets what they taught, and counts the reps
     * {@code keep} again from scratch, in their order, through the normal rep events.
     */
    private void recount(Verdict why, double t_s, List<TimedMovement> keep) {
        withdrawAll(why, t_s);
        learnAfresh();
        firstRep.restart();
        for (TimedMovement m : keep) acceptRep(m.excursion(), m.timing());
    }

    /**
     * A movement judged given up part-way. Once the last {@link GivenUpRun#RUN} of them, with no
     * rep between (pelvis outliers aside), are of one size, the typical range was wrong: it is
     * learned afresh, and every such movement since the last rep that is of that size is counted as
     * a rep after all (late, in its order, through the normal rep events).
     */
    private void doubt(Excursion e, RepTiming timing) {
        if (!givenUp.add(e, timing)) return;
        classifier.typical().forgetRanges();
        early.clear();
        for (int i = 0; i < givenUp.size(); i++) {
            if (givenUp.ofRunSize(i)) acceptRep(givenUp.movement(i).excursion(), givenUp.movement(i).timing());
        }
        givenUp.clear();
    }

    /**
     * A change of posture after fewer than {@link #SETTLED_REPS} reps: the set had not begun (the
     * person was getting into position), so what was counted is withdrawn and the person's typical
     * rep, directions and sides are learned afresh.
     */
    private void restartSet(double t_s) {
        withdrawAll(Verdict.REPOSITIONED, t_s);
        detector.setBegun(false);
        slots.clear();
        early.clear();
        switchWatch.clear();
        givenUp.clear();
        firstRep.restart();
        learnAfresh();
    }

    /** Withdraws every rep counted, last first, as {@code why}. */
    private void withdrawAll(Verdict why, double t_s) {
        for (int i = reps.size(); i >= 1; i--) listener.onRepAbandoned(i, why.reason(), t_s);
        reps.clear();
    }

    /** Forgets the person's typical rep, lead time, directions and sides. */
    private void learnAfresh() {
        leads = new RunningMedian();
        classifier = newClassifier();
        sides = new SideClassifier(exercise.sides(), options.firstSide(), facing);
    }

    /** A classifier for this exercise; reps beyond the pelvis limit are outliers when the exercise checks the pelvis. */
    private RepClassifier newClassifier() {
        boolean pelvis = exercise.formFaults().contains(FaultKind.BACK_LIFT) || exercise.formFaults().contains(FaultKind.UNSTABLE_PELVIS);
        return new RepClassifier(exercise, pelvis ? options.thresholdsFor(exercise).maxPelvisRotation_deg() : Double.NaN);
    }

    /** True while a per-side exercise has reps on one side only (or none). */
    private boolean sideOpen() {
        return exercise.perSide() && sides.clusters() < 2;
    }

    /** True while a set done in blocks has reps on its first side only. */
    private boolean blocksOpen() {
        return exercise.sides() == SideMode.BLOCKS && sides.clusters() == 1;
    }

    /** Counts a rep: it founds the sides' directions, the typical rep, the lead time and the set's beginning. */
    private void acceptRep(Excursion e, RepTiming timing) {
        count(e, timing, true);
    }

    /**
     * Counts a rep, founding (or, for a first rep that may hold the move into position
     * ({@link IntoPositionWatch}), not founding) the sides' directions, the typical range, the lead
     * time and, for the detector, the set's beginning (and, when it stands clear of breathing,
     * {@link #CLEAR_REP_Z}, that she is in position); a rep that founds nothing is still given a side.
     */
    private void count(Excursion e, RepTiming timing, boolean founding) {
        firstRep.remember(reps.size(), e, timing);
        if (!classifier.outlier(e)) switchWatch.repCounted();
        if (founding) leads.add(timing.outEnd_s() + gravity.delay_s() - e.start_s());
        int swaps = sides.swaps();
        Side side = sides.classify(e.dirX(), e.dirY(), e.dirZ(), e.upX(), e.upY(), e.upZ(), e.peak_deg(),
                !founding || classifier.outlier(e));
        if (sides.swaps() != swaps) {
            reps.replaceAll(RepResult::withOtherSide);
            listener.onSidesSwapped(e.end_s());
        }
        boolean settled = classifier.typical().rangeSettled();
        if (founding && !settled) early.add(e, timing, true);
        if (founding) classifier.accepted(e, timing);
        if (!settled && classifier.typical().rangeSettled() && !recounting) rejudgeDue = true;
        RepResult r = assembler.assemble(reps.size() + 1, e, timing, side, classifier.typicalRange_deg(), gravity.delay_s(),
                detector.restWobble_deg());
        reps.add(r);
        if (founding) detector.setBegun(true);
        if (founding && e.peakZ() >= CLEAR_REP_Z) detector.clearRepCounted();
        listener.onRepCompleted(r);
    }

    /**
     * Ends the stream: a rep in progress is closed and judged, the set's first movement if still
     * undecided becomes a rep, and partial range is judged against the whole set's typical range.
     */
    public SetResult finish() {
        if (!finished && calibration != null && cycles != null) {
            reps.clear();
            reps.addAll(cycles.finish());
        } else if (!finished && calibration != null) {
            if (detector.endOfStream()) ended(detector.finished());
            slots.settleAtEnd();
            RunningMedian all = new RunningMedian();
            for (RepResult r : reps) all.add(r.range_deg());
            double typical = all.median();
            reps.replaceAll(r -> assembler.rejudgeRange(r, typical));
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
        int left = 0;
        int right = 0;
        for (RepResult r : reps) {
            if (r.side() == Side.LEFT) left++;
            else if (r.side() == Side.RIGHT) right++;
        }
        double t = Double.isNaN(last_s) ? 0 : last_s;
        String phase = live.phaseName();
        double inPhase = phase == null ? 0 : Math.max(0, t - live.phaseStart_s());
        return new LiveState(calibration != null, calibration != null ? 1 : calibrator.progress(t), phase, inPhase,
                phase == null ? 0 : nextIndex(), reps.size(), left, right,
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
