package com.reptempo.bench;

import com.reptempo.model.Sample;
import com.reptempo.protocol.AutoDetectingDecoder;
import com.reptempo.protocol.BinaryStreamDecoder;
import com.reptempo.protocol.DecodeListener;
import com.reptempo.protocol.DeviceMessage;
import com.reptempo.protocol.FrameEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Decoder throughput on one core: a 16 MB stream of 6-axis sample batches fed in 4 KiB chunks
 * (like serial reads). Report MB/s = 16 / (ms per op / 1000); samples/s likewise from the
 * sample count printed at setup.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.openjdk.jmh.Main -Dexec.args="DecoderBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecoderBenchmark {
    @Param({"10", "40"})
    int batch;

    byte[] stream;
    long samples;

    @Setup
    public void setup() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(FrameEncoder.frame(new DeviceMessage.Hello(1, 0, 0, 1, 1000, 2, 16384, 2000, 1640, 1, "BENCH")));
        Random r = new Random(1);
        long seq = 0;
        while (out.size() < 16 * 1024 * 1024) {
            short[] raw = new short[batch * 6];
            for (int i = 0; i < raw.length; i++) raw[i] = (short) r.nextInt(65536);
            out.writeBytes(FrameEncoder.frame(new DeviceMessage.SampleBatch(seq, seq * 1000, 6, raw)));
            seq += batch;
        }
        stream = out.toByteArray();
        samples = seq;
        System.out.printf("%nstream: %.1f MB, %d samples (%.1f bytes/sample)%n", stream.length / 1e6, samples,
                stream.length / (double) samples);
    }

    @Benchmark
    public long binaryDecoder(Blackhole bh) {
        return feed(new BinaryStreamDecoder(sink(bh))::feed);
    }

    @Benchmark
    public long autoDetectingDecoder(Blackhole bh) {
        return feed(new AutoDetectingDecoder(sink(bh))::feed);
    }

    private interface Feed {
        void feed(byte[] b, int from, int to);
    }

    private long feed(Feed f) {
        for (int i = 0; i < stream.length; i += 4096) f.feed(stream, i, Math.min(stream.length, i + 4096));
        return samples;
    }

    private static DecodeListener sink(Blackhole bh) {
        return new DecodeListener() {
            @Override
            public void onSample(long seq, Sample s) {
                bh.consume(s);
            }
        };
    }
}
