package com.reptempo.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reptempo.model.LinkStats;
import com.reptempo.model.Sample;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The golden vectors of firmware-protocol/vectors: every stream decoded whole, one byte at a
 * time and at random split points must give exactly the expected messages, samples and counters;
 * every frame piece re-encoded by the Java encoder must give exactly the golden bytes.
 */
class VectorDecodeTest {
    static final Path DIR = Path.of("firmware-protocol", "vectors");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    static List<JsonNode> vectors() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json") && !f.endsWith("index.json")).sorted().toList()) {
                out.add(JSON.readTree(p.toFile()));
            }
        }
        return out;
    }

    @Test
    void theVectorSetCoversTheHardCases() throws IOException {
        List<JsonNode> all = vectors();
        assertTrue(all.size() >= 40, "expected the full vector set, found " + all.size());
        long text = all.stream().filter(v -> v.path("mode").asText().equals("text")).count();
        long commands = all.stream().filter(v -> v.path("direction").asText().equals("host_to_device")).count();
        assertTrue(text >= 5 && commands >= 6, "text " + text + ", commands " + commands);
    }

    @TestFactory
    Stream<DynamicNode> decodesEveryVectorEveryWay() throws IOException {
        return vectors().stream().filter(v -> v.path("direction").asText().equals("device_to_host"))
                .map(v -> DynamicContainer.dynamicContainer(v.path("name").asText(),
                        Deliveries.all(HEX.parseHex(v.path("stream_hex").asText())).stream()
                                .map(d -> DynamicTest.dynamicTest(d.name(), () -> checkDecode(v, d)))));
    }

    @TestFactory
    Stream<DynamicTest> reEncodesEveryFramePiece() throws IOException {
        return vectors().stream().filter(v -> v.path("mode").asText().equals("binary"))
                .map(v -> DynamicTest.dynamicTest(v.path("name").asText(), () -> {
                    List<byte[]> pieces = new ArrayList<>();
                    for (JsonNode piece : v.path("pieces")) {
                        byte[] golden = HEX.parseHex(piece.path("hex").asText());
                        if (piece.path("kind").asText().equals("frame")) {
                            assertEquals(piece.path("hex").asText(), HEX.formatHex(encode(piece.path("message"))),
                                    "frame " + piece.path("message"));
                        }
                        pieces.add(golden);
                    }
                    assertArrayEquals(HEX.parseHex(v.path("stream_hex").asText()), Deliveries.concat(pieces));
                }));
    }

    @TestFactory
    Stream<DynamicTest> commandsParseOnTheDeviceSide() throws IOException {
        return vectors().stream().filter(v -> v.path("direction").asText().equals("host_to_device"))
                .map(v -> DynamicTest.dynamicTest(v.path("name").asText(), () -> {
                    for (JsonNode piece : v.path("pieces")) {
                        if (!piece.path("kind").asText().equals("frame")) continue;
                        JsonNode m = piece.path("message");
                        if (m.path("type").asText().equals("raw_message")) continue;
                        Message expected = MessageJson.toMessage(m);
                        byte[] frame = HEX.parseHex(piece.path("hex").asText());
                        byte[] decoded = new byte[frame.length];
                        int n = Cobs.decode(frame, 0, frame.length - 1, decoded);
                        assertEquals(Crc16.compute(decoded, 0, n - 2), Wire.u16(decoded, n - 2));
                        Message got = new MessageCodec(MessageCodec.Accept.HOST_COMMANDS).parse(decoded, n - 2);
                        assertEquals(expected, got);
                    }
                }));
    }

    private static byte[] encode(JsonNode m) {
        if (m.path("type").asText().equals("raw_message")) {
            byte[] body = HEX.parseHex(m.path("body_hex").asText());
            byte[] msg = new byte[body.length + 2];
            msg[0] = (byte) m.path("version").asInt();
            msg[1] = (byte) m.path("msg_type").asInt();
            System.arraycopy(body, 0, msg, 2, body.length);
            return FrameEncoder.frameBytes(msg);
        }
        return FrameEncoder.frame(MessageJson.toMessage(m));
    }

    private static void checkDecode(JsonNode v, Deliveries.Delivery delivery) {
        boolean text = v.path("mode").asText().equals("text");
        Recorder r = new Recorder();
        StreamDecoder decoder = text ? new TextStreamDecoder(r) : new BinaryStreamDecoder(r);
        delivery.into(decoder);
        JsonNode expected = v.path("expected");

        List<Map<String, Object>> gotMessages = new ArrayList<>();
        if (text) r.textHellos.forEach(h -> gotMessages.add(MessageJson.textHello(h)));
        else r.messages.forEach(m -> gotMessages.add(MessageJson.toMap(m)));
        List<Map<String, Object>> wantMessages = new ArrayList<>();
        expected.path("messages").forEach(m -> wantMessages.add(MessageJson.plain(m)));
        assertEquals(wantMessages, gotMessages, "messages");

        JsonNode wantSamples = expected.path("samples");
        assertEquals(wantSamples.size(), r.samples.size(), "sample count");
        for (int i = 0; i < r.samples.size(); i++) checkSample(wantSamples.get(i), r.seqs.get(i), r.samples.get(i), i);

        checkStats(expected.path("stats"), decoder.stats());

        Recorder auto = new Recorder();
        AutoDetectingDecoder detector = new AutoDetectingDecoder(auto);
        delivery.into(detector);
        assertEquals(r.samples, auto.samples, "auto-detection delivers the same samples");
    }

    private static void checkSample(JsonNode want, long seq, Sample got, int i) {
        String at = "sample " + i;
        if (want.path("seq").isNull()) assertEquals(-1L, seq, at);
        else assertEquals(want.path("seq").asLong(), seq, at + " seq");
        assertEquals(want.path("t_s").asDouble(), got.t_s(), 1e-9, at + " t_s");
        assertEquals(want.path("ax_g").asDouble(), got.ax_g(), 1e-9, at + " ax_g");
        assertEquals(want.path("ay_g").asDouble(), got.ay_g(), 1e-9, at + " ay_g");
        assertEquals(want.path("az_g").asDouble(), got.az_g(), 1e-9, at + " az_g");
        if (want.path("gx_dps").isNull() || want.path("gx_dps").isMissingNode()) {
            assertTrue(!got.hasGyro(), at + " has no gyro");
        } else {
            assertEquals(want.path("gx_dps").asDouble(), got.gx_dps(), 1e-9, at + " gx_dps");
            assertEquals(want.path("gy_dps").asDouble(), got.gy_dps(), 1e-9, at + " gy_dps");
            assertEquals(want.path("gz_dps").asDouble(), got.gz_dps(), 1e-9, at + " gz_dps");
        }
    }

    private static void checkStats(JsonNode want, LinkStats s) {
        assertNotNull(want);
        Map<String, Long> got = new LinkedHashMap<>();
        got.put("frames", s.frames());
        got.put("crc_errors", s.crcErrors());
        got.put("runts", s.runts());
        got.put("malformed", s.malformed());
        got.put("unknown_type", s.unknownType());
        got.put("unsupported_version", s.unsupportedVersion());
        got.put("oversize", s.oversize());
        got.put("bytes_skipped", s.bytesSkipped());
        got.put("lost_samples", s.lostSamples());
        got.put("duplicate_batches", s.duplicateBatches());
        got.put("out_of_order_batches", s.outOfOrderBatches());
        got.put("samples", s.samples());
        Map<String, Long> expected = new LinkedHashMap<>();
        got.keySet().forEach(k -> expected.put(k, want.path(k).asLong()));
        assertEquals(expected, got, "stats");
    }
}
