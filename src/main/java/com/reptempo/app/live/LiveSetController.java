package com.reptempo.app.live;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.PhaseTarget;
import com.reptempo.model.RepResult;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.model.Side;
import com.reptempo.model.TargetText;
import com.reptempo.pipeline.LiveState;
import com.reptempo.pipeline.PipelineListener;
import com.reptempo.pipeline.PipelineOptions;
import com.reptempo.pipeline.RepPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One live set of one exercise: waits in position, calibrates on the still period, counts and
 * judges reps, pauses, and finishes with the set's result.
 *
 * <p>Threads: samples arrive on the sensor's reader thread, which owns the pipeline (under this
 * object's lock, held only per sample); the screen reads {@link #view()} snapshots and drains
 * queued events ~30 times a second; {@link #stop()} finishes the pipeline and should be called off
 * the event thread. Swing-free.
 */
public final class LiveSetController {
    /** Where a phase that just began should end, for the chart. */
    public record PhaseBand(String phase, double start_s, double min_s, double max_s) {
    }

    /** Something that happened, for sound and feedback. */
    public record RepEvent(RepResult rep, List<String> feedback) {
    }

    /** The chart shows at most this many points per second of sample time: plenty for a 20 s window. */
    static final double TRACE_RATE_HZ = 50;
    private static final int TRACE_CAPACITY = 3000;

    private final ExerciseDefinition exercise;
    private final PipelineOptions options;
    private final SampleTap link;
    private final TraceBuffer trace = new TraceBuffer(TRACE_CAPACITY);
    private final ConcurrentLinkedQueue<PhaseBand> bands = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<RepEvent> repEvents = new ConcurrentLinkedQueue<>();
    private final ShownReps accepted = new ShownReps();
    private final List<double[]> pauses = new ArrayList<>();

    private RepPipeline pipeline;
    private volatile LiveView.Stage stage = LiveView.Stage.READY;
    private volatile LiveState live;
    private volatile List<String> feedback = List.of();
    private volatile RepResult last;
    private volatile boolean paused;
    private volatile double phaseStart_s = Double.NaN;
    private double lastTrace_s = Double.NEGATIVE_INFINITY;
    private SetResult result;

    public LiveSetController(ExerciseDefinition exercise, PipelineOptions options, SampleTap link) {
        this.exercise = exercise;
        this.options = options;
        this.link = link;
    }

    public ExerciseDefinition exercise() {
        return exercise;
    }

    public LiveView.Stage stage() {
        return stage;
    }

    /** Starts listening: the person keeps still in position while the pipeline calibrates. */
    public synchronized void start() {
        if (stage != LiveView.Stage.READY) throw new IllegalStateException("the set already started");
        pipeline = new RepPipeline(exercise, options, new Events());
        stage = LiveView.Stage.CALIBRATING;
        link.consumeWith(this::onSample);
        link.setStarting(exercise.id());
    }

    /** Pauses or resumes counting (reps during a pause do not count). */
    public synchronized void pauseOrResume() {
        LiveState s = live;
        double now = s == null ? 0 : s.t_s();
        if (stage == LiveView.Stage.RUNNING) {
            paused = true;
            pauses.add(new double[]{now, Double.POSITIVE_INFINITY});
            stage = LiveView.Stage.PAUSED;
        } else if (stage == LiveView.Stage.PAUSED) {
            paused = false;
            pauses.get(pauses.size() - 1)[1] = now;
            stage = LiveView.Stage.RUNNING;
        }
    }

    /**
     * Ends the set: stops taking samples, closes any rep in progress and returns the result
     * (reps during pauses removed, renumbered). Idempotent. Call off the event thread.
     */
    public synchronized SetResult stop() {
        if (result != null) return result;
        link.consumeWith(null);
        if (pipeline == null) {
            result = new SetResult(exercise.id(), List.of(), 0, 0, 0);
        } else {
            SetResult raw = pipeline.finish();
            List<RepResult> kept = new ArrayList<>();
            for (RepResult r : raw.reps()) {
                if (!duringPause(r.start_s())) kept.add(r.withIndex(kept.size() + 1));
            }
            double quality = kept.isEmpty() ? 0 : raw.reps().size() == kept.size() ? raw.quality()
                    : kept.stream().mapToDouble(RepResult::quality).average().orElse(0);
            result = new SetResult(raw.exerciseId(), kept, quality, raw.start_s(), raw.end_s());
        }
        stage = LiveView.Stage.FINISHED;
        return result;
    }

    /** The finished set, or null while running. */
    public synchronized SetResult result() {
        return result;
    }

    private boolean duringPause(double t_s) {
        for (double[] p : pauses) if (t_s >= p[0] && t_s < p[1]) return true;
        return false;
    }

    /** Reader thread: one sample. */
    private synchronized void onSample(Sample s) {
        if (result != null) return;
        pipeline.accept(s);
        LiveState state = pipeline.snapshot();
        live = state;
        if (state.calibrated() && s.t_s() - lastTrace_s >= 1.0 / TRACE_RATE_HZ - 1e-9) {
            trace.add(s.t_s(), state.motionAngle_deg());
            lastTrace_s = s.t_s();
        }
        if (stage == LiveView.Stage.CALIBRATING && state.calibrated()) stage = LiveView.Stage.RUNNING;
    }

    /** The points of the motion trace the screen has not drawn yet. */
    public TraceBuffer.Points newTracePoints() {
        return trace.takeNew();
    }

    /** Phase bands for the chart since the last call. */
    public List<PhaseBand> newPhaseBands() {
        return drain(bands);
    }

    /** Reps completed since the last call, with their feedback. */
    public List<RepEvent> newRepEvents() {
        return drain(repEvents);
    }

    private static <T> List<T> drain(ConcurrentLinkedQueue<T> q) {
        List<T> out = new ArrayList<>();
        T x;
        while ((x = q.poll()) != null) out.add(x);
        return out;
    }

    /** When the phase under way began (sample time), NaN between reps. */
    public double phaseStart_s() {
        return phaseStart_s;
    }

    /** What the screen shows now. */
    public LiveView view(CountAlong.Display count) {
        LiveState s = live;
        int left;
        int right;
        int reps;
        synchronized (this) {
            reps = accepted.size();
            left = accepted.onSide(Side.LEFT);
            right = reps - left;
        }
        String side = null;
        if (exercise.perSide()) {
            RepResult l = last;
            side = l != null && l.side() != null ? cap(l.side().name()) : cap(options.firstSide().name());
        }
        RepResult l = last;
        return new LiveView(exercise.name(), RoutineController.targetText(exercise), stage, prompt(s), s == null ? 0 : s.calibrationProgress(),
                reps, exercise.minReps(), side, left, right, count.phase(), count.count(), count.targetMin(), count.targetMax(),
                feedback, l == null ? Double.NaN : l.quality(), l != null && l.faults().isEmpty(), s == null ? 0 : s.t_s());
    }

    /** The current phase and its target, for the count-along; null phase between reps. */
    public LiveState liveState() {
        return live;
    }

    /** The target of a phase by name, or null. */
    public PhaseTarget target(String phase) {
        return exercise.phases().stream().filter(p -> p.name().equals(phase)).findFirst().orElse(null);
    }

    private String prompt(LiveState s) {
        return switch (stage) {
            case READY -> "Get into position (" + exercise.position() + "), then press space and keep still.";
            case CALIBRATING -> "Keep still in the starting position…";
            case RUNNING -> s != null && s.phase() != null ? " " : "Go when you are ready: "
                    + TargetText.phaseName(exercise.phases().get(0).name()) + " for " + TargetText.TYPESET.counts(exercise.phases().get(0)) + ".";
            case PAUSED -> "Paused. Press P to go on.";
            case FINISHED -> "Set finished.";
        };
    }

    private static String cap(String s) {
        return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Pipeline events, on the reader thread (inside onSample, so under the lock). */
    private final class Events implements PipelineListener {
        @Override
        public void onPhaseStarted(int repIndex, String phase, double t_s) {
            phaseStart_s = t_s;
            PhaseTarget t = target(phase);
            if (t != null && !paused) bands.add(new PhaseBand(phase, t_s, t.min_s(), t.max_s()));
        }

        @Override
        public void onRepCompleted(RepResult rep) {
            phaseStart_s = Double.NaN;
            if (paused) return;
            RepResult r = accepted.add(rep);
            last = r;
            List<String> words = RepFeedback.of(r, exercise);
            feedback = words;
            repEvents.add(new RepEvent(r, words));
        }

        @Override
        public void onSidesSwapped(double t_s) {
            accepted.swapSides();
            if (last != null) last = last.withOtherSide();
        }

        @Override
        public void onRepAbandoned(int repIndex, String reason, double t_s) {
            phaseStart_s = Double.NaN;
            RepResult gone = accepted.withdraw(repIndex);
            if (gone == null) return;
            // a rep already shown is taken back: the count goes down and the feedback says why
            last = accepted.last();
            feedback = List.of(String.format(Locale.ROOT, "Rep %d taken back: %s.", gone.index(), reason));
        }
    }
}
