package com.reptempo.ui;

import com.reptempo.app.live.CountAlong;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The count-along's sounds, synthesised (no audio files): a short tick for each count, a higher
 * two-tone chime at a phase change, a low tone when a count runs past the target, a soft chord
 * when a rep ends. Played on its own thread, never on the EDT. Without an audio device the
 * program says so once and carries on silently.
 */
public final class SoundCues implements AutoCloseable {
    private static final float RATE_HZ = 44_100f;

    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sound-cues");
        t.setDaemon(true);
        return t;
    });
    private volatile SourceDataLine line;
    private volatile String problem;
    private volatile boolean muted;

    /** Opens the audio line; returns a message when there is no audio device (then silent). */
    public String open() {
        try {
            AudioFormat format = new AudioFormat(RATE_HZ, 16, 1, true, false);
            SourceDataLine l = AudioSystem.getSourceDataLine(format);
            l.open(format, (int) (RATE_HZ * 0.1) * 2);
            l.start();
            line = l;
            problem = null;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            problem = "No sound: " + (e.getMessage() == null ? "no audio device" : e.getMessage())
                    + ". The count-along is shown on screen only.";
        }
        return problem;
    }

    /** Null when sound works, else why not. */
    public String problem() {
        return problem;
    }

    public void setMuted(boolean m) {
        muted = m;
    }

    public boolean muted() {
        return muted;
    }

    /** Plays the sound for a count-along cue. */
    public void play(CountAlong.Cue cue) {
        switch (cue.kind()) {
            case PHASE_START -> tones(new double[]{660, 990}, 0.09);
            case COUNT -> tones(new double[]{cue.beyondTarget() ? 330 : 880}, cue.beyondTarget() ? 0.12 : 0.05);
            case REST -> { }
        }
    }

    /** A rep ended: a rising chord for a good rep, a single mid tone otherwise. */
    public void repDone(boolean good) {
        tones(good ? new double[]{523, 659, 784} : new double[]{440}, 0.08);
    }

    private void tones(double[] frequencies_hz, double each_s) {
        SourceDataLine l = line;
        if (l == null || muted) return;
        player.execute(() -> {
            for (double f : frequencies_hz) {
                byte[] pcm = ToneSynth.tone(f, each_s, RATE_HZ);
                l.write(pcm, 0, pcm.length);
            }
        });
    }

    @Override
    public void close() {
        player.shutdownNow();
        try {
            player.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        SourceDataLine l = line;
        if (l != null) l.close();
    }
}
