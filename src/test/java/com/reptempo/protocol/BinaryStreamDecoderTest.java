package com.reptempo.protocol;

import com.reptempo.model.LinkStats;
import com.reptempo.model.Sample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.reptempo.protocol.Frames.batch;
import static com.reptempo.protocol.Frames.hello;
import static com.reptempo.protocol.Frames.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BinaryStreamDecoderTest {

    private static Recorder decodeEveryWay(byte[] bytes, java.util.function.BiConsumer<Recorder, LinkStats> check) {
        Recorder first = null;
        for (Deliveries.Delivery d : Deliveries.all(bytes)) {
            Recorder r = new Recorder();
            BinaryStreamDecoder dec = new BinaryStreamDecoder(r);
            d.into(dec);
            check.accept(r, dec.stats());
            if (first == null) first = r;
            else assertEquals(first.samples, r.samples, d.name() + " delivered other samples");
        }
        return first;
    }

    @Test
    void convertsCountsToPhysicalUnitsAndTimesFromTheDevice() {
        byte[] bytes = stream(hello(100, true), batch(0, 5_000_000, 10, 6), batch(10, 5_100_000, 10, 6));
        decodeEveryWay(bytes, (r, s) -> {
            assertEquals(20, r.samples.size());
            Sample first = r.samples.get(0);
            assertEquals(0.0, first.t_s(), 1e-12);
            assertEquals(1.0, first.az_g(), 1e-12);
            assertEquals(300 / 16.4, first.gx_dps(), 1e-9);
            assertEquals(0.19, r.samples.get(19).t_s(), 1e-9);
            assertEquals(3, s.frames());
            assertEquals(0, s.lostSamples());
            assertEquals(bytes.length, s.bytesReceived());
        });
    }

    @Test
    void accelerometerOnlySamplesHaveNoGyro() {
        decodeEveryWay(stream(hello(50, false), batch(7, 0, 5, 3)), (r, s) -> {
            assertEquals(5, r.samples.size());
            assertFalse(r.samples.get(0).hasGyro());
            assertEquals(List.of(7L, 8L, 9L, 10L, 11L), r.seqs);
        });
    }

    @Test
    void samplesWithinABatchAreSpacedByTheRoundedPeriod() {
        decodeEveryWay(stream(hello(3, false), batch(0, 0, 3, 3)), (r, s) -> {
            assertEquals(0.333333, r.samples.get(1).t_s(), 1e-12);
            assertEquals(0.666667, r.samples.get(2).t_s(), 1e-12);
        });
    }

    @Test
    void aSequenceGapIsCountedAsLost() {
        decodeEveryWay(stream(hello(100, false), batch(0, 0, 10, 3), batch(25, 250_000, 10, 3)), (r, s) -> {
            assertEquals(15, s.lostSamples());
            assertEquals(20, s.samples());
            assertEquals(0.25, r.samples.get(10).t_s(), 1e-12);
            assertEquals(20.0 / 35, s.quality(), 1e-12);
        });
    }

    @Test
    void duplicateAndOutOfOrderBatchesAreDroppedAndCounted() {
        byte[] bytes = stream(hello(100, false), batch(0, 0, 10, 3), batch(20, 200_000, 10, 3),
                batch(20, 200_000, 10, 3), batch(10, 100_000, 10, 3), batch(30, 300_000, 10, 3));
        decodeEveryWay(bytes, (r, s) -> {
            assertEquals(1, s.duplicateBatches());
            assertEquals(1, s.outOfOrderBatches());
            assertEquals(10, s.lostSamples());
            assertEquals(30, r.samples.size());
            for (int i = 1; i < r.seqs.size(); i++) assertTrue(r.seqs.get(i) > r.seqs.get(i - 1));
        });
    }

    @Test
    void anOverlappingBatchDeliversOnlyTheNewSamples() {
        decodeEveryWay(stream(hello(100, false), batch(0, 0, 10, 3), batch(5, 50_000, 10, 3)), (r, s) -> {
            assertEquals(15, r.samples.size());
            assertEquals(14L, r.seqs.get(14));
            assertEquals(0.14, r.samples.get(14).t_s(), 1e-12);
            assertEquals(0, s.lostSamples());
        });
    }

    @Test
    void sequenceNumbersAndTimestampsWrapAround() {
        long seq = 0xFFFF_FFFAL;
        long t = 0xFFFF_FFFFL - 30_000;
        decodeEveryWay(stream(hello(100, false), batch(seq, t, 4, 3), batch(seq + 4, t + 40_000, 4, 3),
                batch(seq + 8, t + 80_000, 4, 3)), (r, s) -> {
            assertEquals(12, r.samples.size());
            assertEquals(0, s.lostSamples());
            assertEquals(0L, r.seqs.get(6));
            for (int i = 0; i < 12; i++) assertEquals(i * 0.01, r.samples.get(i).t_s(), 1e-9);
        });
    }

    @Test
    void aRebootStartsANewEpochAndTimeKeepsIncreasing() {
        byte[] bytes = stream(hello(100, false), batch(1000, 90_000_000, 10, 3), hello(100, false), batch(0, 1234, 10, 3));
        decodeEveryWay(bytes, (r, s) -> {
            assertEquals(20, r.samples.size());
            assertEquals(0, s.lostSamples());
            assertEquals(0.10, r.samples.get(10).t_s(), 1e-9);
            assertEquals(0.19, r.samples.get(19).t_s(), 1e-9);
        });
    }

    @Test
    void aRepeatedHelloContinuesTheEpochAndStillCountsGaps() {
        byte[] bytes = stream(hello(100, false), batch(0, 0, 10, 3), hello(100, false), batch(12, 120_000, 10, 3));
        decodeEveryWay(bytes, (r, s) -> {
            assertEquals(2, s.lostSamples());
            assertEquals(0.12, r.samples.get(10).t_s(), 1e-9);
        });
    }

    @Test
    void batchesBeforeAnyHelloAreCountedAndAHelloIsRequested() {
        Recorder r = new Recorder();
        BinaryStreamDecoder d = new BinaryStreamDecoder(r);
        d.feed(stream(batch(0, 0, 5, 3)));
        assertTrue(d.needsHello());
        assertEquals(1, d.stats().malformed());
        d.feed(stream(hello(100, false), batch(5, 50_000, 5, 3)));
        assertFalse(d.needsHello());
        assertEquals(5, r.samples.size());
    }

    @Test
    void corruptionCostsOnlyTheFrameItHit() {
        byte[] good = stream(hello(100, false), batch(0, 0, 10, 3));
        byte[] victim = FrameEncoder.frame(batch(10, 100_000, 10, 3));
        victim[5] ^= 0x40;
        byte[] after = stream(batch(20, 200_000, 10, 3));
        decodeEveryWay(Frames.join(good, victim, after), (r, s) -> {
            assertEquals(1, s.crcErrors());
            assertEquals(victim.length - 1, s.bytesSkipped());
            assertEquals(10, s.lostSamples());
            assertEquals(20, r.samples.size());
        });
    }

    @Test
    void garbageLongerThanAFrameIsDiscardedWithBoundedMemory() {
        byte[] garbage = new byte[5000];
        java.util.Arrays.fill(garbage, (byte) 0x55);
        byte[] bytes = Frames.join(stream(hello(100, false)), garbage, new byte[]{0}, stream(batch(0, 0, 3, 3)));
        decodeEveryWay(bytes, (r, s) -> {
            assertEquals(1, s.oversize());
            assertEquals(5000, s.bytesSkipped());
            assertEquals(3, r.samples.size());
        });
    }

    @Test
    void futureVersionsUnknownTypesAndRuntsAreCountedSeparately() {
        byte[] future = FrameEncoder.frameBytes(new byte[]{2, 1, 9, 9, 9});
        byte[] unknown = FrameEncoder.frameBytes(new byte[]{1, 0x42, 1, 2, 3});
        byte[] runt = {0x02, 0x01, 0};
        byte[] shortHello = FrameEncoder.frameBytes(new byte[]{1, 1, 0, 0});
        decodeEveryWay(Frames.join(future, unknown, runt, shortHello, stream(hello(100, false))), (r, s) -> {
            assertEquals(1, s.unsupportedVersion());
            assertEquals(1, s.unknownType());
            assertEquals(1, s.runts());
            assertEquals(1, s.malformed());
            assertEquals(1, s.frames());
            assertEquals(1, r.messages.size());
        });
    }

    @Test
    void theLargestBatchRoundTrips() {
        DeviceMessage.SampleBatch big = batch(0, 0, Wire.MAX_BATCH_SAMPLES, 6);
        byte[] frame = FrameEncoder.frame(big);
        assertTrue(frame.length <= Wire.MAX_ENCODED + 1);
        decodeEveryWay(Frames.join(stream(hello(1000, true)), frame), (r, s) -> {
            assertEquals(40, r.samples.size());
            DeviceMessage.SampleBatch got = (DeviceMessage.SampleBatch) r.messages.get(1);
            assertTrue(got.sameContent(big));
        });
    }

    @Test
    void randomGarbageAndMutatedFramesNeverThrowAndGoodFramesAfterThemDecode() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            List<byte[]> parts = new ArrayList<>();
            parts.add(stream(hello(200, rnd.nextBoolean())));
            int lastSeq = 0;
            for (int k = 0; k < 20; k++) {
                byte[] junk = new byte[rnd.nextInt(700)];
                rnd.nextBytes(junk);
                byte[] mutated = FrameEncoder.frame(batch(lastSeq, lastSeq * 5000L, 5, 3));
                mutated[rnd.nextInt(mutated.length)] ^= (byte) (1 + rnd.nextInt(255));
                parts.add(rnd.nextBoolean() ? junk : mutated);
                parts.add(new byte[]{0});
                lastSeq += 1000;
            }
            BinaryStreamDecoder split = new BinaryStreamDecoder((seq, s) -> { });
            Deliveries.random(Deliveries.concat(parts), trial).into(split);
            assertTrue(split.stats().bytesSkipped() > 0);
            Recorder r = new Recorder();
            BinaryStreamDecoder fresh = new BinaryStreamDecoder(r);
            fresh.feed(Deliveries.concat(parts));
            fresh.feed(stream(hello(200, false), batch(1_000_000, 0, 5, 3)));
            List<Long> tail = r.seqs.subList(r.seqs.size() - 5, r.seqs.size());
            assertEquals(List.of(1_000_000L, 1_000_001L, 1_000_002L, 1_000_003L, 1_000_004L), tail);
        }
    }
}
