package com.reptempo.protocol;

import com.reptempo.model.LinkStats;

/**
 * Tells binary from text by itself (PROTOCOL.md §8): looks at the first bytes, then hands them
 * to the chosen decoder so nothing is lost; switches mode when the chosen one has decoded nothing
 * for {@value #SWITCH_WINDOW} bytes that clearly belong to the other mode (a board re-flashed
 * with other firmware while connected).
 */
public final class AutoDetectingDecoder implements StreamDecoder {
    static final int DETECT_BYTES = 64;
    static final int SWITCH_WINDOW = 1024;
    /** Bytes kept for replay after a switch: more than the window plus one slice. */
    private static final int REPLAY_CAPACITY = 2048;
    /** Input is forwarded in slices so that a switch is noticed within this many bytes. */
    private static final int SLICE = 256;

    private final ContinuousTime listener;
    private final byte[] probe = new byte[DETECT_BYTES];
    private int probeLength;
    private int lineStart;
    private final byte[] recent = new byte[REPLAY_CAPACITY];
    private int recentEnd;
    private int recentLength;

    private StreamDecoder current;
    private DecoderCounters currentCounters;
    private final DecoderCounters carried = new DecoderCounters();
    private long framesAtProgress;
    private long bytesWithoutProgress;

    public AutoDetectingDecoder(DecodeListener listener) {
        this.listener = new ContinuousTime(listener);
    }

    @Override
    public void feed(byte[] bytes, int fromInclusive, int toExclusive) {
        int i = fromInclusive;
        while (current == null && i < toExclusive) {
            byte b = bytes[i++];
            probe[probeLength++] = b;
            Mode m = decide(b);
            if (m != Mode.UNDECIDED) {
                start(m);
                forward(probe, 0, probeLength);
            }
        }
        while (i < toExclusive) {
            int end = Math.min(toExclusive, i + SLICE);
            forward(bytes, i, end);
            i = end;
        }
    }

    /**
     * PROTOCOL.md §8: a zero or any byte outside printable ASCII means binary; a non-empty line
     * that contains a comma or starts with '#' means text; so do 64 printable bytes without a line
     * end (a long hello line). Empty lines keep looking.
     */
    private Mode decide(byte last) {
        if (last == 0 || !TextWindow.printable(probe, probeLength - 1, probeLength)) return Mode.BINARY;
        if (last == '\n') {
            int end = probeLength - 1;
            if (end > lineStart && probe[end - 1] == '\r') end--;
            boolean textLine = end > lineStart && (probe[lineStart] == '#' || TextWindow.contains(probe, lineStart, end, (byte) ','));
            lineStart = probeLength;
            if (textLine) return Mode.TEXT;
        }
        return probeLength == DETECT_BYTES ? Mode.TEXT : Mode.UNDECIDED;
    }

    private void start(Mode m) {
        if (m == Mode.TEXT) {
            TextStreamDecoder d = new TextStreamDecoder(listener);
            current = d;
            currentCounters = d.counters();
        } else {
            BinaryStreamDecoder d = new BinaryStreamDecoder(listener);
            current = d;
            currentCounters = d.counters();
        }
        framesAtProgress = currentCounters.frames;
        bytesWithoutProgress = 0;
    }

    private void forward(byte[] bytes, int fromInclusive, int toExclusive) {
        current.feed(bytes, fromInclusive, toExclusive);
        remember(bytes, fromInclusive, toExclusive);
        if (currentCounters.frames != framesAtProgress) {
            framesAtProgress = currentCounters.frames;
            bytesWithoutProgress = 0;
            return;
        }
        bytesWithoutProgress += toExclusive - fromInclusive;
        if (bytesWithoutProgress >= SWITCH_WINDOW && otherModeFits()) switchMode();
    }

    private boolean otherModeFits() {
        byte[] window = window(SWITCH_WINDOW);
        return current.mode() == Mode.BINARY ? TextWindow.looksLikeText(window) : TextWindow.looksLikeBinary(window);
    }

    private void switchMode() {
        byte[] window = window((int) Math.min(bytesWithoutProgress, recentLength));
        carried.add(current.stats());
        carried.bytesReceived -= window.length;
        carried.modeChanges++;
        listener.newTimeBase();
        start(current.mode() == Mode.BINARY ? Mode.TEXT : Mode.BINARY);
        recentLength = 0;
        current.feed(window, 0, window.length);
        remember(window, 0, window.length);
    }

    private void remember(byte[] bytes, int fromInclusive, int toExclusive) {
        int from = Math.max(fromInclusive, toExclusive - REPLAY_CAPACITY);
        int n = toExclusive - from;
        int first = Math.min(n, REPLAY_CAPACITY - recentEnd);
        System.arraycopy(bytes, from, recent, recentEnd, first);
        System.arraycopy(bytes, from + first, recent, 0, n - first);
        recentEnd = (recentEnd + n) % REPLAY_CAPACITY;
        recentLength = Math.min(REPLAY_CAPACITY, recentLength + n);
    }

    /** The last {@code n} bytes seen (n at most the bytes remembered). */
    private byte[] window(int n) {
        int len = Math.min(n, recentLength);
        byte[] w = new byte[len];
        int start = (recentEnd - len + REPLAY_CAPACITY) % REPLAY_CAPACITY;
        for (int i = 0; i < len; i++) w[i] = recent[(start + i) % REPLAY_CAPACITY];
        return w;
    }

    @Override
    public void discardPartial() {
        if (current != null) current.discardPartial();
        recentLength = 0;
        bytesWithoutProgress = 0;
    }

    @Override
    public LinkStats stats() {
        DecoderCounters sum = new DecoderCounters();
        sum.add(carried.snapshot());
        if (current != null) sum.add(current.stats());
        else sum.bytesReceived += probeLength;
        return sum.snapshot();
    }

    @Override
    public Mode mode() {
        return current == null ? Mode.UNDECIDED : current.mode();
    }

    @Override
    public boolean needsHello() {
        return current != null && current.needsHello();
    }
}
