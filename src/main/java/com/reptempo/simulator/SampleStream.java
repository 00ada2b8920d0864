package com.reptempo.simulator;

import com.reptempo.model.Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The simulator as an incremental generator: pull samples one at a time (or a buffer at a time) in
 * time order, without building the session in memory; a plan that loops or waits for cues never
 * ends. Deterministic: the same plan gives the same samples however they are pulled.
 *
 * <p>Sample times are the sensor's own clock: sample k is taken at k / rate plus jitter, rounded
 * to the microsecond, the first at exactly 0. The truth of a set becomes available from
 * {@link #drainCompletedSets()} once the samples have passed its end.
 *
 * <p>Not thread-safe: one consumer thread.
 */
public final class SampleStream {
    private final SessionPlan plan;
    private final SessionScript script;
    private final Kinematics kinematics;
    private final ImuErrorModel imu;
    private final Rng jitter;
    private final double[] force_g = new double[3];
    private final double[] rate_dps = new double[3];
    private long index;
    private boolean evaluated;
    private double nextTime_s = 0;
    private double lastTime_s = Double.NEGATIVE_INFINITY;

    /**
     * A stream that runs {@code plan}, paced as it says ({@link SessionPlan#pacing}): once through its
     * sets, over and over, or each set on {@link #cue} (the live demo: she starts when the app starts
     * a set). Only {@link Pacing#ONCE} ends; on cue, the same plan and cues at the same sample times
     * give the same samples.
     */
    public SampleStream(SessionPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        Person person = Person.draw(Rng.derive(plan.seed(), "person"));
        this.script = new SessionScript(plan, person, Rng.derive(plan.seed(), "plan"));
        this.kinematics = new Kinematics(script,
                new Background(person, plan.disturbances(), Rng.derive(plan.seed(), "background")));
        this.imu = new ImuErrorModel(plan.sensor(), Rng.derive(plan.seed(), "sensor"), Rng.derive(plan.seed(), "noise"));
        this.jitter = Rng.derive(plan.seed(), "jitter");
    }

    /** The plan being run. */
    public SessionPlan plan() {
        return plan;
    }

    /** The simulated sensor (rate, ranges, LSB sizes for the wire protocol). */
    public SensorSpec sensor() {
        return plan.sensor();
    }

    /** True while the session has samples left (always, unless the plan's pacing {@link Pacing#ends}). */
    public boolean hasNext() {
        if (!evaluated) {
            kinematics.evaluate(nextTime_s, force_g, rate_dps);
            evaluated = true;
        }
        return nextTime_s <= kinematics.end_s();
    }

    /** The next sample. */
    public Sample next() {
        if (!hasNext()) throw new NoSuchElementException("the simulated session is over");
        Sample s = imu.measure(nextTime_s, force_g, rate_dps);
        lastTime_s = nextTime_s;
        index++;
        nextTime_s = sampleTime(index);
        evaluated = false;
        return s;
    }

    /** Fills {@code buffer} from the start with the next samples; returns how many (fewer only at the end). */
    public int fill(Sample[] buffer) {
        int n = 0;
        while (n < buffer.length && hasNext()) buffer[n++] = next();
        return n;
    }

    /** Samples produced so far. */
    public long samplesProduced() {
        return index;
    }

    /** Time of the last sample produced, seconds (negative infinity before the first). */
    public double lastTime_s() {
        return lastTime_s;
    }

    /**
     * Tells the person (on cue) that a set of {@code exerciseId} starts: she begins it within
     * {@value SessionScript#WAIT_STEP_S} s of the last sample taken, or her next set when the
     * plan has none of that exercise. Ignored unless the plan's pacing is {@link Pacing#ON_CUE}.
     */
    public void cue(String exerciseId) {
        script.cue(exerciseId);
    }

    /** The still period at the start of the session (standing, sensor worn). */
    public TimeSpan initialStill() {
        return script.initialStill();
    }

    /** The truth of every set whose end the samples have passed (or every set, at the end), not returned before. */
    public List<SetTruth> drainCompletedSets() {
        boolean over = !hasNext();
        List<SetTruth> out = new ArrayList<>();
        while (!script.plannedSets().isEmpty() && (over || script.plannedSets().peek().end_s() <= lastTime_s)) {
            out.add(script.plannedSets().poll());
        }
        return out;
    }

    private double sampleTime(long k) {
        double period = plan.sensor().period_s();
        double sd = plan.sensor().timeJitterSd_s();
        double j = sd > 0 ? jitter.gaussian(0, sd, -3 * sd, 3 * sd) : 0;
        return Math.rint((k * period + j) * 1e6) / 1e6;
    }
}
