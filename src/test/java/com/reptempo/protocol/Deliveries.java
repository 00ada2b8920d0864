package com.reptempo.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The ways a byte stream can arrive (after okio's test style): whole, one byte at a time, and in
 * random chunks. Every decoder test runs each of them, because framing bugs hide in the splits.
 */
final class Deliveries {
    /** A named way of cutting a stream. */
    record Delivery(String name, List<byte[]> chunks) {
        void into(StreamDecoder d) {
            chunks.forEach(d::feed);
        }

        void forEach(Consumer<byte[]> c) {
            chunks.forEach(c);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Deliveries() {
    }

    static List<Delivery> all(byte[] stream) {
        List<Delivery> out = new ArrayList<>();
        out.add(new Delivery("whole", List.of(stream)));
        List<byte[]> single = new ArrayList<>(stream.length);
        for (byte b : stream) single.add(new byte[]{b});
        out.add(new Delivery("byte-by-byte", single));
        for (long seed = 1; seed <= 5; seed++) out.add(random(stream, seed));
        return out;
    }

    static Delivery random(byte[] stream, long seed) {
        Random r = new Random(seed);
        List<byte[]> chunks = new ArrayList<>();
        int i = 0;
        while (i < stream.length) {
            int n = Math.min(stream.length - i, 1 + r.nextInt(r.nextBoolean() ? 8 : 300));
            byte[] c = new byte[n];
            System.arraycopy(stream, i, c, 0, n);
            chunks.add(c);
            i += n;
        }
        return new Delivery("random-splits-seed-" + seed, chunks);
    }

    static byte[] concat(List<byte[]> parts) {
        int n = parts.stream().mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }
}
