package com.reptempo.storage.session;

import com.reptempo.storage.SampleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad session file is refused with a message saying what is wrong, and never modified. */
class SessionFileBadInputTest {
    private static final String CSV = "t_s,ax_g,ay_g,az_g\n0.0,0.0,0.0,1.0\n0.01,0.0,0.0,1.0\n";

    @TempDir
    Path dir;

    private byte[] json() throws IOException {
        return SessionJson.write(SessionFixtures.session());
    }

    private Map<String, byte[]> good() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("session.json", json());
        m.put("samples.csv", SessionFixtures.utf8(CSV));
        return m;
    }

    /** The good fixture as a zip, with entry {@code name} set to {@code content} (replaced or added). */
    private byte[] goodWith(String name, byte[] content) throws IOException {
        Map<String, byte[]> m = good();
        m.put(name, content);
        return SessionFixtures.zip(m);
    }

    /** The good fixture as a zip, with one piece of its session.json's text replaced. */
    private byte[] goodWithJsonEdit(String from, String to) throws IOException {
        return goodWith("session.json", SessionFixtures.utf8(new String(json(), StandardCharsets.UTF_8).replace(from, to)));
    }

    /** Reads {@code bytes} as a session file; checks that it is refused with {@code expected} and left unchanged. */
    private String refused(byte[] bytes, String expected) throws IOException {
        return refused(bytes, expected, SessionFileLimits.DEFAULT);
    }

    private String refused(byte[] bytes, String expected, SessionFileLimits limits) throws IOException {
        Path file = SessionFixtures.file(dir, "bad.rtsession", bytes);
        FileTime modified = Files.getLastModifiedTime(file);
        SampleFileException e = assertThrows(SampleFileException.class, () -> new SessionFileReader(limits).read(file));
        assertTrue(e.getMessage().contains(expected), "message: " + e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file), "reading never modifies the file");
        assertEquals(modified, Files.getLastModifiedTime(file));
        return e.getMessage();
    }

    @Test
    void theGoodFixtureIsAccepted() throws IOException {
        Path file = SessionFixtures.file(dir, "ok.rtsession", SessionFixtures.zip(good()));
        assertEquals(2, new SessionFileReader().read(file).samples().size());
    }

    @Test
    void notAZipAtAll() throws IOException {
        refused(SessionFixtures.utf8("t_s,ax_g,ay_g,az_g\n0,0,0,1\n"), "not a complete zip archive");
    }

    @Test
    void aTruncatedFile() throws IOException {
        byte[] whole = SessionFixtures.zip(good());
        refused(Arrays.copyOf(whole, whole.length / 2), "damaged or incomplete");
    }

    @Test
    void anEmptyFile() throws IOException {
        refused(new byte[0], "damaged or incomplete");
    }

    @Test
    void aFutureSchemaVersion() throws IOException {
        String message = refused(goodWithJsonEdit("\"schemaVersion\" : " + SessionJson.SCHEMA_VERSION, "\"schemaVersion\" : 7"),
                "schema version 7, written by a newer RepTempo");
        assertTrue(message.contains("update RepTempo"), message);
    }

    @Test
    void noSchemaVersion() throws IOException {
        refused(goodWith("session.json", SessionFixtures.utf8("{\"id\": \"x\"}")), "no numeric \"schemaVersion\"");
    }

    @Test
    void jsonThatIsNotJson() throws IOException {
        refused(goodWith("session.json", SessionFixtures.utf8("{\"schemaVersion\": 1, \"id\": ")), "session.json is not valid JSON");
    }

    @Test
    void jsonWithAnInvalidValue() throws IOException {
        refused(goodWithJsonEdit("\"painBefore\" : 3", "\"painBefore\" : 12"), "pain before must be 0..10");
    }

    @Test
    void aSetWithAnUnknownFault() throws IOException {
        refused(goodWithJsonEdit("\"kind\" : \"too-fast\"", "\"kind\" : \"sloppy\""), "set 1: unknown fault 'sloppy'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.csv", "a/../../evil.csv", "..\\evil.csv", "/etc/passwd", "C:/evil.csv", ".."})
    void entriesPointingOutsideTheArchive(String name) throws IOException {
        refused(goodWith(name, SessionFixtures.utf8("x")), "points outside the archive");
    }

    @Test
    void aFolderEntry() throws IOException {
        refused(goodWith("data/", new byte[0]), "folder entry 'data/'");
    }

    @Test
    void anUnexpectedEntry() throws IOException {
        refused(goodWith("readme.txt", SessionFixtures.utf8("hello")), "unexpected entry 'readme.txt'");
    }

    @Test
    void aDuplicatedEntry() throws IOException {
        Map<String, byte[]> m = good();
        m.put("session.jsoX", json());
        byte[] zip = SessionFixtures.zip(m);
        byte[] from = SessionFixtures.utf8("session.jsoX");
        byte[] to = SessionFixtures.utf8("session.json");
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) System.arraycopy(to, 0, zip, i, to.length);
        }
        refused(zip, "holds session.json twice");
    }

    @Test
    void noSessionJson() throws IOException {
        refused(SessionFixtures.zip(Map.of("samples.csv", SessionFixtures.utf8(CSV))), "it has no session.json");
    }

    @Test
    void noSamples() throws IOException {
        refused(SessionFixtures.zip(Map.of("session.json", json())), "it has no samples (samples.bin, or samples.csv in older files)");
    }

    @Test
    void aDecompressionBombByRatio() throws IOException {
        refused(goodWith("samples.csv", new byte[30 << 20]), "refused as a decompression bomb");
    }

    @Test
    void anEntryLargerThanAnySession() throws IOException {
        SessionFileLimits small = new SessionFileLimits(100 << 20, 1 << 20, 1 << 20, 4 << 20, 100);
        byte[] big = new byte[2 << 20];
        new java.util.Random(1).nextBytes(big);
        refused(goodWith("samples.csv", big), "more than the 1.0 MB any session holds", small);
    }

    @Test
    void aFileFarLargerThanAnySessionIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.rtsession");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(400L << 20);
        }
        SampleFileException e = assertThrows(SampleFileException.class, () -> new SessionFileReader().readSession(file));
        assertTrue(e.getMessage().contains("is 400.0 MB; a session file is at most 300.0 MB"), e.getMessage());
    }

    @Test
    void samplesWithMissingColumns() throws IOException {
        refused(goodWith("samples.csv", SessionFixtures.utf8("t_s,ax_g,ay_g\n0.0,0.0,0.0\n")), "samples.csv: unexpected header 't_s,ax_g,ay_g'");
    }

    @Test
    void samplesWithAShortRow() throws IOException {
        refused(goodWith("samples.csv", SessionFixtures.utf8("t_s,ax_g,ay_g,az_g\n0.0,0.0,0.0,1.0\n0.01,0.0\n")), "line 3: 2 cells, expected 4");
    }

    @Test
    void aChecksumMismatchIsDamage() throws IOException {
        byte[] csv = SessionFixtures.utf8(CSV);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("session.json"));
            zip.write(json());
            zip.closeEntry();
            ZipEntry stored = new ZipEntry("samples.csv");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(csv.length);
            CRC32 crc = new CRC32();
            crc.update(csv);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(csv);
            zip.closeEntry();
        }
        byte[] zip = bytes.toByteArray();
        byte[] row = SessionFixtures.utf8("0.01,0.0,0.0,1.0");
        for (int i = 0; i + row.length <= zip.length; i++) {
            if (Arrays.equals(zip, i, i + row.length, row, 0, row.length)) zip[i + 3] = '2';
        }
        refused(zip, "the checksum of samples.csv does not match");
    }

    /** A good samples.bin of {@code n} samples at 100 Hz. */
    private static byte[] block(int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SampleBlockWriter w = new SampleBlockWriter(out, true)) {
            java.util.Random r = new java.util.Random(n);
            for (int i = 0; i < n; i++) {
                w.write(new com.reptempo.model.Sample(i * 0.01, r.nextGaussian(), r.nextGaussian(), 1, r.nextGaussian(), 0, 0));
            }
        }
        return out.toByteArray();
    }

    private Map<String, byte[]> goodBin(byte[] samplesBin) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("session.json", json());
        m.put("samples.bin", samplesBin);
        return m;
    }

    @Test
    void theGoodBinaryFixtureIsAccepted() throws IOException {
        Path file = SessionFixtures.file(dir, "ok.rtsession", SessionFixtures.zip(goodBin(block(5000))));
        assertEquals(5000, new SessionFileReader().read(file).samples().size());
    }

    @Test
    void samplesTwice() throws IOException {
        Map<String, byte[]> m = goodBin(block(10));
        m.put("samples.csv", SessionFixtures.utf8(CSV));
        refused(SessionFixtures.zip(m), "holds its samples twice");
    }

    @Test
    void aCutShortSampleBlockWithAValidChecksum() throws IOException {
        byte[] whole = block(5000);
        refused(SessionFixtures.zip(goodBin(Arrays.copyOf(whole, whole.length - 100))), "samples.bin: the sample block is cut short");
    }

    @Test
    void aSampleBlockFromTheFuture() throws IOException {
        byte[] b = block(10);
        b[4] = 9;
        refused(SessionFixtures.zip(goodBin(b)), "samples.bin: sample block format 9, written by a newer RepTempo");
    }

    @Test
    void aSampleBlockWhoseTimeGoesBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(block(0), 0, 6);
        // one block of two samples, 4 of 7 columns written as zigzag deltas: t = 0.5 s then 0.4 s
        for (int v : new int[]{2, 0xc0, 0x84, 0x3d, 0xbf, 0x9a, 0x0c}) out.write(v);
        for (int i = 0; i < 12; i++) out.write(0);
        out.write(0);
        refused(SessionFixtures.zip(goodBin(out.toByteArray())), "sample 2: time 0.4 s does not increase (previous 0.5 s)");
    }

    @Test
    void aSampleBlockBombByRatio() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        bomb.write(new byte[]{'R', 'T', 'S', 'B', 1, 4});
        byte[] blockOf4096 = new byte[2 + 4 * 4096];
        blockOf4096[0] = (byte) 0x80;
        blockOf4096[1] = 0x20;
        Arrays.fill(blockOf4096, 2, 2 + 4096, (byte) 2);
        while (bomb.size() < (30 << 20)) bomb.write(blockOf4096);
        bomb.write(0);
        refused(SessionFixtures.zip(goodBin(bomb.toByteArray())), "samples.bin inflates more than 100 times its compressed size");
    }

    @Test
    void aSampleBlockLargerThanAnySession() throws IOException {
        SessionFileLimits small = new SessionFileLimits(100 << 20, 1 << 20, 1 << 20, 4 << 20, 100);
        refused(SessionFixtures.zip(goodBin(block(200_000))), "samples.bin would inflate to", small);
    }

    @Test
    void aChecksumMismatchInTheSampleBlockIsDamage() throws IOException {
        byte[] bin = block(1000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("session.json"));
            zip.write(json());
            zip.closeEntry();
            ZipEntry stored = new ZipEntry("samples.bin");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(bin.length);
            CRC32 crc = new CRC32();
            crc.update(bin);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(bin);
            zip.closeEntry();
        }
        byte[] zip = bytes.toByteArray();
        // past the header, the block size and the 1000 time deltas (3 bytes each but the first): into ax_g
        int at = Collections.indexOfSubList(asList(zip), asList(Arrays.copyOfRange(bin, 0, 6))) + 6 + 2 + 3000 + 500;
        zip[at] ^= 0x01;
        refused(zip, "the checksum of samples.bin does not match");
    }

    private static List<Byte> asList(byte[] b) {
        List<Byte> l = new ArrayList<>(b.length);
        for (byte x : b) l.add(x);
        return l;
    }

    @Test
    void aFolderOrAMissingFile() {
        SampleFileException a = assertThrows(SampleFileException.class, () -> new SessionFileReader().read(dir));
        assertTrue(a.getMessage().contains("is a folder"), a.getMessage());
        SampleFileException b = assertThrows(SampleFileException.class, () -> new SessionFileReader().read(dir.resolve("nope.rtsession")));
        assertTrue(b.getMessage().contains("no such session file"), b.getMessage());
    }
}
