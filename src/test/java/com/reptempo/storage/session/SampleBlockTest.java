package com.reptempo.storage.session;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleCsvReader;
import com.reptempo.storage.SampleCsvWriter;
import com.reptempo.storage.SampleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** samples.bin holds exactly what the CSV holds, and refuses every kind of damage with a message. */
class SampleBlockTest {
    private static byte[] block(List<Sample> samples, boolean gyro) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SampleBlockWriter w = new SampleBlockWriter(out, gyro)) {
            for (Sample s : samples) w.write(s);
        }
        return out.toByteArray();
    }

    private static List<Sample> read(byte[] bytes) throws IOException {
        List<Sample> out = new ArrayList<>();
        SampleBlockReader.read(new ByteArrayInputStream(bytes), out::add);
        return out;
    }

    private static List<Sample> viaCsv(List<Sample> samples, boolean gyro) throws IOException {
        StringWriter text = new StringWriter();
        try (SampleCsvWriter w = new SampleCsvWriter(text, gyro)) {
            for (Sample s : samples) w.write(s);
        }
        List<Sample> out = new ArrayList<>();
        SampleCsvReader.read(new StringReader(text.toString()), out::add);
        return out;
    }

    private static List<Sample> noisy(int n, long seed) {
        Random r = new Random(seed);
        List<Sample> in = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            in.add(new Sample(3.25 + i * 0.0100003 + r.nextDouble() * 1e-7, r.nextGaussian(), -r.nextGaussian() * 1e-4,
                    1 + r.nextGaussian() * 1e-3, r.nextGaussian() * 100, r.nextGaussian() * 1000, -0.00004 * r.nextInt(3)));
        }
        return in;
    }

    @ParameterizedTest
    @ValueSource(strings = {"cobra-lift-good", "routine-full", "heel-scoop-faults"})
    void theBundledSamplesComeBackAsTheVeryDoublesTheCsvHolds(String name) throws IOException {
        SampleCsvReader.Contents csv = SampleCsvReader.readAll(Path.of("samples/" + name + ".csv"));
        List<Sample> back = read(block(csv.samples(), csv.hasGyro()));
        assertEquals(csv.samples(), back, "record equality compares the doubles bit for bit");
    }

    @Test
    void anyValueIsRoundedExactlyAsTheCsvWriterRoundsIt() throws IOException {
        List<Sample> in = noisy(2 * SampleBlockWriter.BLOCK + 17, 5);
        assertEquals(viaCsv(in, true), read(block(in, true)));
        assertFalse(in.equals(read(block(in, true))), "the fixture really has more digits than are stored");
    }

    @Test
    void withoutGyroscopeTheRatesAreUnknown() throws IOException {
        List<Sample> in = new ArrayList<>();
        for (int i = 0; i < SampleBlockWriter.BLOCK; i++) in.add(Sample.accelOnly(i * 0.02, 0.1, -0.2, 0.98 + i * 1e-6));
        byte[] bytes = block(in, false);
        List<Sample> back = read(bytes);
        assertEquals(viaCsv(in, false), back);
        assertFalse(back.get(0).hasGyro());
        assertEquals(new SampleBlockReader.Summary(SampleBlockWriter.BLOCK, false),
                SampleBlockReader.read(new ByteArrayInputStream(bytes), s -> { }));
    }

    @Test
    void anEmptyBlockIsSixBytesAndAnEndMark() throws IOException {
        byte[] bytes = block(List.of(), true);
        assertArrayEquals(new byte[]{'R', 'T', 'S', 'B', 1, 7, 0}, bytes);
        assertTrue(read(bytes).isEmpty());
    }

    @Test
    void theWriterRefusesWhatCouldNotBeReadBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleBlockWriter w = new SampleBlockWriter(out, true);
        SampleFileException noGyro = assertThrows(SampleFileException.class, () -> w.write(Sample.accelOnly(0, 0, 0, 1)));
        assertTrue(noGyro.getMessage().contains("a sample without gyroscope"), noGyro.getMessage());
        w.write(new Sample(1, 0, 0, 1, 0, 0, 0));
        SampleFileException back = assertThrows(SampleFileException.class, () -> w.write(new Sample(1.0000001, 0, 0, 1, 0, 0, 0)));
        assertTrue(back.getMessage().contains("sample 2: time 1.0000001 s does not increase"), back.getMessage());
        SampleFileException huge = assertThrows(SampleFileException.class, () -> w.write(new Sample(2, 1e12, 0, 1, 0, 0, 0)));
        assertTrue(huge.getMessage().contains("ax_g = 1.0E12 cannot be stored"), huge.getMessage());
    }

    private static String refused(byte[] bytes) {
        return assertThrows(SampleFileException.class, () -> read(bytes)).getMessage();
    }

    @Test
    void notABlockOrANewerFormat() throws IOException {
        assertTrue(refused("t_s,ax_g\n".getBytes()).contains("not a RepTempo sample block"));
        byte[] good = block(noisy(10, 1), true);
        byte[] newer = good.clone();
        newer[4] = 2;
        assertTrue(refused(newer).contains("format 2, written by a newer RepTempo; update RepTempo"), refused(newer));
        byte[] columns = good.clone();
        columns[5] = 5;
        assertTrue(refused(columns).contains("claims 5 columns"));
    }

    @Test
    void everyTruncationIsRefused() throws IOException {
        byte[] good = block(noisy(60, 2), true);
        for (int n = 0; n < good.length; n++) {
            String m = refused(Arrays.copyOf(good, n));
            assertTrue(m.contains("cut short") || m.contains("not a RepTempo sample block"), n + ": " + m);
        }
    }

    @Test
    void bytesAfterTheEndAreDamage() throws IOException {
        byte[] good = block(noisy(10, 3), true);
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertTrue(refused(longer).contains("bytes follow the end"));
    }

    private static byte[] header(int columns, int... varintBytes) {
        byte[] b = new byte[6 + varintBytes.length];
        System.arraycopy(new byte[]{'R', 'T', 'S', 'B', 1, (byte) columns}, 0, b, 0, 6);
        for (int i = 0; i < varintBytes.length; i++) b[6 + i] = (byte) varintBytes[i];
        return b;
    }

    @Test
    void aBlockLargerThanAnyWriterMakesIsRefusedBeforeReadingIt() {
        String m = refused(header(4, 0x81, 0x80, 0x01));
        assertTrue(m.contains("a block of 16385 samples (at most 16384)"), m);
    }

    @Test
    void anEndlessNumberIsRefused() {
        int[] endless = new int[12];
        Arrays.fill(endless, 0xff);
        endless[0] = 1;
        assertTrue(refused(header(4, endless)).contains("a number longer than 10 bytes"));
    }

    @Test
    void valuesBeyondAnySensorAreRefused() {
        // one sample whose time delta is zigzag(2^56), i.e. 2^55 µs: over a thousand years
        int[] v = {1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0, 0, 0, 0};
        assertTrue(refused(header(4, v)).contains("far beyond any sensor's range"), refused(header(4, v)));
    }

    @Test
    void timeThatDoesNotIncreaseIsRefused() {
        // two samples at t = 1 µs and 1 µs: deltas 1 then 0 (zigzag 2, 0)
        String m = refused(header(4, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0));
        assertTrue(m.contains("sample 2: time 1.0E-6 s does not increase"), m);
    }

    @Test
    void randomDamageIsEitherReadOrRefusedWithAMessageNeverAnotherException() throws IOException {
        byte[] good = block(noisy(200, 4), true);
        Random r = new Random(9);
        int refusedCount = 0;
        for (int trial = 0; trial < 1000; trial++) {
            byte[] bad = good.clone();
            for (int k = 1 + r.nextInt(4); k > 0; k--) bad[r.nextInt(bad.length)] = (byte) r.nextInt(256);
            try {
                read(bad);
            } catch (SampleFileException e) {
                refusedCount++;
                assertFalse(e.getMessage().isBlank());
            }
        }
        assertTrue(refusedCount > 50, "damage is noticed even without the zip checksum: " + refusedCount);
    }
}
