package com.reptempo.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrcAndCobsTest {
    @Test
    void crcMatchesTheCcittFalseCheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x29B1, Crc16.compute(check, 0, check.length));
        assertEquals(0xFFFF, Crc16.compute(new byte[0], 0, 0));
    }

    @Test
    void crcHonoursTheRange() {
        byte[] padded = "xx123456789yy".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x29B1, Crc16.compute(padded, 2, 11));
    }

    @Test
    void cobsEncodesTheTextbookExamples() {
        assertEncodes(new byte[]{0}, new byte[]{1, 1});
        assertEncodes(new byte[]{0, 0}, new byte[]{1, 1, 1});
        assertEncodes(new byte[]{0x11, 0x22, 0, 0x33}, new byte[]{3, 0x11, 0x22, 2, 0x33});
        assertEncodes(new byte[]{0x11, 0x22, 0x33, 0x44}, new byte[]{5, 0x11, 0x22, 0x33, 0x44});
        assertEncodes(new byte[]{0x11, 0, 0, 0}, new byte[]{2, 0x11, 1, 1, 1});
    }

    @Test
    void a254ByteRunEndingTheInputGetsNoExtraBlock() {
        byte[] run = new byte[254];
        Arrays.fill(run, (byte) 7);
        byte[] enc = encode(run);
        assertEquals(255, enc.length);
        assertEquals((byte) 0xFF, enc[0]);
        assertArrayEquals(run, decode(enc));
    }

    @ParameterizedTest
    @ValueSource(ints = {253, 254, 255, 256, 507, 508, 509, 512})
    void runsAroundTheBlockBoundaryRoundTrip(int n) {
        byte[] run = new byte[n];
        Arrays.fill(run, (byte) 0x5A);
        byte[] enc = encode(run);
        assertTrue(enc.length <= Cobs.maxEncodedLength(n));
        for (byte b : enc) assertTrue(b != 0);
        assertArrayEquals(run, decode(enc));
        run[n - 1] = 0;
        assertArrayEquals(run, decode(encode(run)));
    }

    @Test
    void randomBuffersRoundTripAndNeverContainZero() {
        Random r = new Random(42);
        for (int trial = 0; trial < 2000; trial++) {
            byte[] in = new byte[r.nextInt(600)];
            r.nextBytes(in);
            if (r.nextBoolean()) for (int i = 0; i < in.length; i++) if (r.nextInt(4) == 0) in[i] = 0;
            byte[] enc = encode(in);
            assertTrue(enc.length <= Cobs.maxEncodedLength(in.length));
            for (byte b : enc) assertTrue(b != 0, "encoded byte 0");
            assertArrayEquals(in, decode(enc));
        }
    }

    @Test
    void invalidCobsIsReportedNotThrown() {
        byte[] dst = new byte[16];
        assertEquals(-1, Cobs.decode(new byte[]{5, 1, 2}, 0, 3, dst), "block longer than the input");
        assertEquals(-1, Cobs.decode(new byte[]{3, 1, 2, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 0, 18, new byte[4]),
                "output too small");
    }

    private static void assertEncodes(byte[] in, byte[] expected) {
        assertArrayEquals(expected, encode(in));
        assertArrayEquals(in, decode(expected));
    }

    private static byte[] encode(byte[] in) {
        byte[] out = new byte[Cobs.maxEncodedLength(in.length)];
        return Arrays.copyOf(out, Cobs.encode(in, 0, in.length, out, 0));
    }

    private static byte[] decode(byte[] enc) {
        byte[] out = new byte[enc.length];
        int n = Cobs.decode(enc, 0, enc.length, out);
        assertTrue(n >= 0);
        return Arrays.copyOf(out, n);
    }
}
