package com.reptempo.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.reptempo.protocol.Frames.batch;
import static com.reptempo.protocol.Frames.hello;
import static com.reptempo.protocol.Frames.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutoDetectingDecoderTest {
    private static final byte[] TEXT = "#reptempo rate=100\n0,0,0,1\n10,0,0,1\n20,0,0,1\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void recognisesBinaryAndLosesNothing() {
        byte[] bin = stream(hello(100, false), batch(0, 0, 10, 3));
        for (Deliveries.Delivery d : Deliveries.all(bin)) {
            Recorder r = new Recorder();
            AutoDetectingDecoder dec = new AutoDetectingDecoder(r);
            d.into(dec);
            assertEquals(StreamDecoder.Mode.BINARY, dec.mode(), d.name());
            assertEquals(10, r.samples.size(), d.name());
            assertEquals(bin.length, dec.stats().bytesReceived());
        }
    }

    @Test
    void recognisesTextAndLosesNothing() {
        for (Deliveries.Delivery d : Deliveries.all(TEXT)) {
            Recorder r = new Recorder();
            AutoDetectingDecoder dec = new AutoDetectingDecoder(r);
            d.into(dec);
            assertEquals(StreamDecoder.Mode.TEXT, dec.mode(), d.name());
            assertEquals(3, r.samples.size(), d.name());
        }
    }

    @Test
    void undecidedUntilEnoughBytesArrive() {
        AutoDetectingDecoder dec = new AutoDetectingDecoder(new Recorder());
        dec.feed("0,0,".getBytes(StandardCharsets.US_ASCII));
        assertEquals(StreamDecoder.Mode.UNDECIDED, dec.mode());
        assertEquals(4, dec.stats().bytesReceived());
    }

    @Test
    void switchesToTextWhenABinaryLinkStartsSendingLines() {
        Recorder r = new Recorder();
        AutoDetectingDecoder dec = new AutoDetectingDecoder(r);
        dec.feed(stream(hello(100, false), batch(0, 0, 10, 3)));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 200; i++) lines.append(i * 10).append(",0.0,0.0,1.0\n");
        dec.feed(lines.toString().getBytes(StandardCharsets.US_ASCII));
        assertEquals(StreamDecoder.Mode.TEXT, dec.mode());
        assertEquals(1, dec.stats().modeChanges());
        assertEquals(10 + 200, r.samples.size(), "nothing since the last good frame is lost");
        for (int i = 1; i < r.samples.size(); i++) assertTrue(r.samples.get(i).t_s() > r.samples.get(i - 1).t_s());
    }
}
