package com.reptempo.storage;

import com.reptempo.model.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The capture writer on a disk whose sync is slow or fails: the reader thread never waits for it. */
class CaptureWriterTest {
    @TempDir
    Path dir;

    private final CountDownLatch gate = new CountDownLatch(1);
    private final AtomicInteger forcesStarted = new AtomicInteger();

    private CaptureWriter writer(Path csv, IOException forceFails) throws IOException {
        return new CaptureWriter(csv, CaptureWriter.rawBeside(csv), false, CaptureWriter.SYNC_INTERVAL_S,
                (file, overwrite) -> new GatedFileChannel(PrivateFiles.createChannel(file, overwrite), gate, forceFails, forcesStarted));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aDiskSyncThatHangsNeverStallsTheReaderAndCloseKeepsEverythingInOrder() throws Exception {
        Path csv = dir.resolve("slow.csv");
        CaptureWriter w = writer(csv, null);
        // 30 s of a 100 Hz sensor with its raw bytes, written on a "reader" thread while every
        // force hangs until the gate opens: the reader must get through all of it regardless.
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 3000; i++) {
                    w.sample(Sample.accelOnly(i * 0.01, i * 1e-3, 0, 1));
                    w.rawBytes(new byte[]{(byte) i, (byte) (i >> 8)}, 0, 2);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        reader.get(20, TimeUnit.SECONDS);
        // the sync thread starts its force on its own schedule: on a loaded machine after the reader is done
        for (int waited_ms = 0; forcesStarted.get() < 1 && waited_ms < 10_000; waited_ms += 5) Thread.sleep(5);
        assertTrue(forcesStarted.get() >= 1, "a force was started (and hangs)");
        assertEquals(5, w.syncRequests(), "forcing asked for at 5, 10, 15, 20 and 25 s");
        assertEquals(0, w.syncs(), "none has finished: the disk is still syncing");
        assertTrue(Files.readAllLines(csv).size() > 2900, "flushed to the operating system all along");

        gate.countDown();
        w.close();
        assertTrue(w.syncs() >= 2 && w.syncs() <= 6, w.syncs() + " forces: the hung one, the wanted ones merged into one, and on close");
        List<Sample> back = new ArrayList<>();
        try (var in = Files.newBufferedReader(csv)) {
            SampleCsvReader.read(in, back::add);
        }
        assertEquals(3000, back.size(), "every sample");
        for (int i = 0; i < 3000; i++) {
            assertEquals(i * 0.01, back.get(i).t_s(), 1e-6, "sample " + i + " in order");
            assertEquals(i * 1e-3, back.get(i).ax_g(), 1e-6, "sample " + i + "'s value");
        }
        byte[] raw = Files.readAllBytes(CaptureWriter.rawBeside(csv));
        assertEquals(6000, raw.length);
        for (int i = 0; i < 3000; i++) {
            assertArrayEquals(new byte[]{(byte) i, (byte) (i >> 8)}, new byte[]{raw[2 * i], raw[2 * i + 1]}, "raw bytes in order at " + i);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFailedDiskSyncStopsTheNextWriteWithAClearMessage() throws Exception {
        Path csv = dir.resolve("full.csv");
        CaptureWriter w = writer(csv, new IOException("No space left on device"));
        gate.countDown();
        for (int i = 0; i <= 500; i++) w.sample(Sample.accelOnly(i * 0.01, 0, 0, 1));
        assertEquals(1, w.syncRequests());
        IOException e = null;
        for (int i = 501; i < 100_000 && e == null; i++) {
            try {
                w.sample(Sample.accelOnly(i * 0.01, 0, 0, 1));
                Thread.sleep(1);
            } catch (IOException failed) {
                e = failed;
            }
        }
        assertTrue(e != null, "the failure reaches the writer");
        assertTrue(e.getMessage().contains("forcing the recording to the disk failed: No space left on device"), e.getMessage());
        IOException onClose = assertThrows(IOException.class, w::close, "and close says so too");
        assertTrue(onClose.getMessage().contains("No space left on device"), onClose.getMessage());
        assertFalse(Files.readAllLines(csv).isEmpty(), "what was written stays for recovery");
    }
}
