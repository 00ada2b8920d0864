package com.reptempo.device;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.LinkStats;
import com.reptempo.model.Placement;
import com.reptempo.model.Sample;
import com.reptempo.protocol.AutoDetectingDecoder;
import com.reptempo.protocol.StreamDecoder;
import com.reptempo.storage.SampleCsvReader;
import com.reptempo.storage.SampleFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Plays a recorded file as if a sensor were attached: a RepTempo CSV
 * ({@code t_s,ax_g,...}) or a raw capture (the exact bytes a serial sensor sent, binary or text
 * mode), at real speed, faster, or as fast as possible (speed 0).
 */
public final class ReplaySource extends ThreadedSource {
    private final Path file;
    private final double speed;

    /**
     * @param file  a CSV or raw capture
     * @param speed 1 = real time, 2 = twice as fast, 0 = as fast as possible
     */
    public ReplaySource(Path file, double speed) {
        super("replay " + file.getFileName());
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be 0 (as fast as possible) or a positive factor, got " + speed);
        }
        this.file = file;
        this.speed = speed;
    }

    /** True when the file starts like a RepTempo CSV rather than a raw capture. */
    public static boolean isCsv(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(7);
            String s = new String(head, StandardCharsets.UTF_8);
            return s.startsWith("t_s,") || s.startsWith("\uFEFFt_s,");
        }
    }

    @Override
    public String description() {
        return "replay of " + file.getFileName();
    }

    /** Plays the whole file on the calling thread; returns when done or closed. */
    public void runHere(SourceListener listener) {
        run(listener);
    }

    @Override
    void run(SourceListener listener) {
        Pacer pacer = new Pacer(speed, this::closed);
        try {
            if (!Files.isRegularFile(file)) throw new SampleFileException("no such file: " + file);
            setState(listener, LinkState.CONNECTED, "playing " + file.getFileName());
            if (isCsv(file)) playCsv(listener, pacer);
            else playCapture(listener, pacer);
            setState(listener, LinkState.FINISHED, closed() ? "replay stopped" : "end of " + file.getFileName());
        } catch (IOException e) {
            setState(listener, LinkState.FAILED, "cannot replay " + file.getFileName() + ": " + e.getMessage());
        } catch (StopReplay e) {
            setState(listener, LinkState.FINISHED, "replay stopped");
        }
    }

    private void playCsv(SourceListener listener, Pacer pacer) throws IOException {
        long[] count = {0};
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            boolean[] announced = {false};
            SampleCsvReader.read(in, s -> {
                if (!announced[0]) {
                    announced[0] = true;
                    listener.onDeviceInfo(new DeviceInfo("", "", "recording", 0, 0, 0, s.hasGyro(), Placement.UNSPECIFIED));
                }
                if (!pacer.await(s.t_s())) throw new StopReplay();
                listener.onSample(s);
                count[0]++;
                if ((count[0] & 1023) == 0) publish(csvStats(count[0]));
            });
        }
        publish(csvStats(count[0]));
    }

    private static LinkStats csvStats(long samples) {
        return new LinkStats(0, samples, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, samples, 0, 0);
    }

    private void playCapture(SourceListener listener, Pacer pacer) throws IOException {
        SourceListener paced = new SourceListener() {
            @Override
            public void onSample(Sample sample) {
                if (!pacer.await(sample.t_s())) throw new StopReplay();
                listener.onSample(sample);
            }

            @Override
            public void onDeviceInfo(DeviceInfo info) {
                listener.onDeviceInfo(info);
            }

            @Override
            public void onDeviceStatus(com.reptempo.model.DeviceStatus status) {
                listener.onDeviceStatus(status);
            }

            @Override
            public void onButton(int kind, double t_s) {
                listener.onButton(kind, t_s);
            }
        };
        StreamDecoder decoder = new AutoDetectingDecoder(new DecodedToSource(paced));
        byte[] buf = new byte[16384];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0 && !closed()) {
                decoder.feed(buf, 0, n);
                publish(decoder.stats());
            }
        } finally {
            publish(decoder.stats());
        }
    }


    /** Unwinds the reading loop when the replay is closed mid-file. */
    private static final class StopReplay extends RuntimeException {
        StopReplay() {
            super("replay stopped", null, false, false);
        }
    }
}
