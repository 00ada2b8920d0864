package com.reptempo.protocol;

import com.reptempo.model.LinkStats;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextStreamDecoderTest {

    private static void decodeEveryWay(String text, BiConsumer<Recorder, LinkStats> check) {
        for (Deliveries.Delivery d : Deliveries.all(text.getBytes(StandardCharsets.US_ASCII))) {
            Recorder r = new Recorder();
            TextStreamDecoder dec = new TextStreamDecoder(r);
            d.into(dec);
            check.accept(r, dec.stats());
        }
    }

    @Test
    void plainLinesWithAHeaderAreSamplesInGAndDps() {
        decodeEveryWay("t_ms,ax_g,ay_g,az_g,gx_dps,gy_dps,gz_dps\n1000,0.01,-0.02,0.99,1.5,-2,0\n1010,0.02,-0.02,0.98,1,0,0\n",
                (r, s) -> {
                    assertEquals(2, r.samples.size());
                    assertEquals(0.0, r.samples.get(0).t_s());
                    assertEquals(0.01, r.samples.get(1).t_s(), 1e-12);
                    assertEquals(1.5, r.samples.get(0).gx_dps(), 1e-12);
                    assertEquals(-1L, r.seqs.get(0));
                    assertEquals(2, s.frames());
                });
    }

    @Test
    void helloLinesStateUnitsInMetresPerSecondSquaredOrCounts() {
        decodeEveryWay("#reptempo v=1 rate=100 accel=mps2 gyro=rads model=X placement=lower-back\n0,0,0,9.80665,0,0,3.14159265358979\n",
                (r, s) -> {
                    assertEquals(1.0, r.samples.get(0).az_g(), 1e-12);
                    assertEquals(180.0, r.samples.get(0).gz_dps(), 1e-9);
                    assertEquals("X", r.textHellos.get(0).model());
                    assertEquals(com.reptempo.model.Placement.LOWER_BACK, r.infos.get(0).placement());
                });
        decodeEveryWay("#reptempo rate=50 accel=lsb:16384 gyro=lsb:16.4\n0,0,0,16384,164,0,0\n", (r, s) ->
                assertEquals(10.0, r.samples.get(0).gx_dps(), 1e-9));
    }

    @Test
    void checksumsAreVerifiedWhenPresent() {
        String good = TextChecksum.append("1000,0.1,0.2,0.9");
        String bad = good.substring(0, good.length() - 2) + (good.endsWith("00") ? "01" : "00");
        decodeEveryWay(good + "\n" + TextChecksum.append("1010,0.1,0.2,0.9").toLowerCase() + "\n"
                + bad.replace("1000", "1020") + "\n1030,0,0,1*ZZ\n", (r, s) -> {
            assertEquals(2, r.samples.size());
            assertEquals(1, s.crcErrors());
            assertEquals(1, s.malformed());
            assertFalse(r.samples.get(0).hasGyro());
        });
    }

    @Test
    void millisWrapAroundAndCrlfLineEndings() {
        long near = 4294967296L - 15;
        decodeEveryWay(near + ",0,0,1\r\n" + (near + 10) + ",0,0,1\r\n5,0,0,1\r\n", (r, s) -> {
            assertEquals(3, r.samples.size());
            assertEquals(0.020, r.samples.get(2).t_s(), 1e-9);
        });
    }

    @Test
    void gapsAreCountedAsLostAndRepeatedTimesAsDuplicates() {
        decodeEveryWay("#reptempo rate=100\n0,0,0,1\n10,0,0,1\n10,0,0,1\n50,0,0,1\n", (r, s) -> {
            assertEquals(3, r.samples.size());
            assertEquals(3, s.lostSamples());
            assertEquals(1, s.duplicateBatches());
        });
    }

    @Test
    void malformedAndOverlongLinesAreDroppedAndTheNextLineDecodes() {
        String overlong = "1".repeat(500);
        decodeEveryWay("abc,\n0,1,2\n0,x,0,1\n" + overlong + "\n0,0,0,1\n# comment\n\n10,0,0,1\n", (r, s) -> {
            assertEquals(2, r.samples.size());
            assertEquals(2, s.malformed());
            assertEquals(1, s.oversize());
            assertTrue(s.bytesSkipped() >= 500);
        });
    }

    @Test
    void aBoardResetStartsANewEpoch() {
        decodeEveryWay("#reptempo rate=100\n50000,0,0,1\n50010,0,0,1\n#reptempo rate=100\n3,0,0,1\n13,0,0,1\n", (r, s) -> {
            assertEquals(4, r.samples.size());
            assertEquals(0.02, r.samples.get(2).t_s(), 1e-9);
            assertEquals(0.03, r.samples.get(3).t_s(), 1e-9);
        });
    }
}
