package com.reptempo.device;

import com.reptempo.model.Placement;
import com.reptempo.protocol.AutoDetectingDecoder;
import com.reptempo.protocol.StreamDecoder;
import com.reptempo.simulator.Pacing;
import com.reptempo.simulator.SampleStream;
import com.reptempo.simulator.SessionPlan;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The built-in demo sensor: the physically modelled simulator streamed live through the real
 * wire protocol. {@link DemoDevice} encodes what a sensor would send; the same
 * {@link AutoDetectingDecoder} that reads serial ports decodes it; samples are released at the
 * pace of their own timestamps (speed 1 = real time, 0 = as fast as possible). Everything a
 * serial sensor reports (device info, battery, link statistics, raw bytes) is reported here too.
 *
 * <p>With a plan paced {@link Pacing#ON_CUE}, the demo person behaves like a user: she waits still
 * until a set is started ({@link #setStarting}) and does that set then, so a set never begins in the
 * middle of one of her reps.
 */
public final class DemoSensorSource extends ThreadedSource {
    /** Samples per frame, as a real sensor at 50-100 Hz would batch them. */
    public static final int DEFAULT_BATCH = 4;

    private final SessionPlan plan;
    private final double speed;
    private final String label;
    /** Sets started, from any thread, for the demo thread to tell the person. */
    private final Queue<String> cues = new ConcurrentLinkedQueue<>();

    /**
     * @param plan  what the simulated person does (a set, the routine, or a loop of them) and, by its
     *              {@link SessionPlan#pacing}, when: a plan paced {@link Pacing#ON_CUE} waits for
     *              {@link #setStarting} before each set and streams until closed
     * @param speed 1 = real time, 0 = as fast as possible
     * @param label shown to the user, e.g. "demo sensor: cobra lift"
     */
    public DemoSensorSource(SessionPlan plan, double speed, String label) {
        super("demo-sensor");
        this.plan = plan;
        this.speed = speed;
        this.label = label;
    }

    /** Paced {@link Pacing#ON_CUE}: the person starts a set of {@code exerciseId} now; otherwise nothing. Safe from any thread. */
    @Override
    public void setStarting(String exerciseId) {
        if (plan.pacing() == Pacing.ON_CUE) cues.add(exerciseId);
    }

    @Override
    public String description() {
        return label;
    }

    /** Streams on the calling thread until the plan ends or the source is closed. */
    public void runHere(SourceListener listener) {
        run(listener);
    }

    @Override
    void run(SourceListener listener) {
        Placement placement = plan.sets().isEmpty() ? Placement.UNSPECIFIED : plan.sets().get(0).exercise().placement();
        SampleStream stream = new SampleStream(plan);
        DemoDevice device = new DemoDevice(stream, DEFAULT_BATCH, placement);
        StreamDecoder decoder = new AutoDetectingDecoder(new DecodedToSource(listener));
        Pacer pacer = new Pacer(speed, this::closed);
        setState(listener, LinkState.CONNECTING, "starting the demo sensor");
        feed(decoder, listener, device.hello());
        double[] t = new double[1];
        while (!closed() && device.hasNext()) {
            for (String cue = cues.poll(); cue != null; cue = cues.poll()) stream.cue(cue);
            byte[] frames = device.nextFrames(t);
            if (frames.length == 0) break;
            if (!pacer.await(t[0])) break;
            feed(decoder, listener, frames);
            if (state() != LinkState.CONNECTED) {
                setState(listener, LinkState.CONNECTED, "connected: " + label + " (simulated, no hardware)");
            }
        }
        publish(decoder.stats());
        setState(listener, LinkState.FINISHED, closed() ? "demo sensor stopped" : "the demo session ended");
    }

    private void feed(StreamDecoder decoder, SourceListener listener, byte[] bytes) {
        listener.onRawBytes(bytes, 0, bytes.length);
        decoder.feed(bytes);
        publish(decoder.stats());
    }

}
