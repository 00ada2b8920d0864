package com.reptempo.device;

import com.reptempo.model.LinkStats;
import com.reptempo.model.Sample;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end over real pseudo-terminals: the C fake device writes frames on one end of a socat
 * pty pair, jSerialComm reads the other end through {@link SerialPortSource}.
 */
@Tag("slow")
class SerialEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void zeroSamplesLostAt100HzFor10Seconds() throws Exception {
        streamAndCount(100, 10, "--batch", "5");
    }

    @Test
    void zeroSamplesLostAt1000HzFor5Seconds() throws Exception {
        streamAndCount(1000, 5, "--batch", "10");
    }

    private void streamAndCount(int rate, int seconds, String... options) throws Exception {
        try (PtyPair pty = new PtyPair(dir, "e2e" + rate)) {
            CollectingListener got = new CollectingListener();
            try (SerialPortSource source = new SerialPortSource(pty.hostSide.toString(), 921_600)) {
                source.start(got);
                Path log = dir.resolve("writes" + rate + ".log");
                String[] args = concat(new String[]{"--rate", "" + rate, "--gyro", "--duration", "" + seconds}, options);
                try (FakeDevice device = FakeDevice.start(pty.deviceSide, log, args)) {
                    assertTrue(device.waitFor(seconds + 15), "the fake device did not finish");
                    long written = device.samplesWritten();
                    assertTrue(written >= (long) rate * seconds * 0.98, "device wrote only " + written);
                    assertTrue(got.await(() -> got.sampleCount() >= written, 5000),
                            "received " + got.sampleCount() + " of " + written);
                    Thread.sleep(200);
                    LinkStats s = source.stats();
                    assertEquals(written, got.sampleCount(), "every sample written arrives exactly once");
                    assertEquals(0, s.lostSamples(), "lost samples");
                    assertEquals(0, s.crcErrors() + s.malformed() + s.oversize() + s.runts(), "bad frames: " + s);
                    assertTrue(got.info != null && got.info.hasGyro(), "the HELLO was received");
                    assertMonotonic(got);
                    double expectedSpan = (written - 1) / (double) rate;
                    synchronized (got) {
                        assertEquals(expectedSpan, got.samples.get(got.samples.size() - 1).t_s(), 0.002,
                                "time comes from the device clock");
                    }
                }
            }
        }
    }

    @Test
    void unplugIsReportedWithinTwoSecondsAndTheSensorReconnectsByItself() throws Exception {
        PtyPair pty = new PtyPair(dir, "replug");
        CollectingListener got = new CollectingListener();
        try (SerialPortSource source = new SerialPortSource(pty.hostSide.toString(), 921_600)) {
            source.start(got);
            int before;
            try (FakeDevice device = FakeDevice.start(pty.deviceSide, null, "--rate", "100", "--batch", "5")) {
                assertTrue(got.await(() -> got.sampleCount() >= 100, 5000), "samples before the unplug");
                assertEquals(LinkState.CONNECTED, source.state());
                long unplugged_ns = System.nanoTime();
                pty.unplug();
                assertTrue(got.await(() -> got.lastState() == LinkState.DISCONNECTED, 2000),
                        "unplug reported within 2 s; states " + got.states);
                synchronized (got) {
                    long reported_ns = got.stateTimes_ns.get(got.states.lastIndexOf(LinkState.DISCONNECTED));
                    assertTrue(reported_ns - unplugged_ns < 2_000_000_000L);
                }
                assertTrue(got.lastMessage().contains("waiting for it to come back"), got.lastMessage());
                before = got.sampleCount();
            }
            Thread.sleep(500);
            assertEquals(before, got.sampleCount(), "nothing arrives while unplugged, nothing is lost");

            pty.start();
            try (FakeDevice device = FakeDevice.start(pty.deviceSide, null, "--rate", "100", "--batch", "5")) {
                assertTrue(got.await(() -> got.sampleCount() >= before + 100, 8000),
                        "samples after the replug; states " + got.states);
                assertEquals(LinkState.CONNECTED, source.state());
            }
            assertMonotonic(got);
        } finally {
            pty.close();
        }
    }

    @Test
    void aMissingPortFailsWithAMessageThatSaysWhatToDo() throws Exception {
        CollectingListener got = new CollectingListener();
        try (SerialPortSource source = new SerialPortSource(dir.resolve("no-such-tty").toString(), 921_600)) {
            source.start(got);
            assertTrue(got.await(() -> got.lastState() == LinkState.FAILED, 3000));
            assertTrue(got.lastMessage().contains("no serial port") && got.lastMessage().contains("reptempo ports"),
                    got.lastMessage());
        }
    }

    @Test
    void aBusyPortFailsWithAMessageThatSaysWhatToDo() throws Exception {
        try (PtyPair pty = new PtyPair(dir, "busy")) {
            CollectingListener first = new CollectingListener();
            CollectingListener second = new CollectingListener();
            try (SerialPortSource a = new SerialPortSource(pty.hostSide.toString(), 921_600);
                 SerialPortSource b = new SerialPortSource(pty.hostSide.toString(), 921_600)) {
                a.start(first);
                assertTrue(first.await(() -> first.lastState() == LinkState.CONNECTING, 3000));
                b.start(second);
                assertTrue(second.await(() -> second.lastState() == LinkState.FAILED, 3000), "states " + second.states);
                assertTrue(second.lastMessage().contains("busy"), second.lastMessage());
            }
        }
    }

    private static void assertMonotonic(CollectingListener got) {
        synchronized (got) {
            for (int i = 1; i < got.samples.size(); i++) {
                Sample a = got.samples.get(i - 1);
                Sample b = got.samples.get(i);
                assertTrue(b.t_s() > a.t_s(), "time increases at sample " + i + ": " + a.t_s() + " then " + b.t_s());
            }
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
