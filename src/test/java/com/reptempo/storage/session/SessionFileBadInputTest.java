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
import java.util.Arrays;
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
        Map<String, byte[]> m = good();
        m.put("session.json", SessionFixtures.utf8(new String(json(), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 7")));
        String message = refused(SessionFixtures.zip(m), "schema version 7, written by a newer RepTempo");
        assertTrue(message.contains("update RepTempo"), message);
    }

    @Test
    void noSchemaVersion() throws IOException {
        Map<String, byte[]> m = good();
        m.put("session.json", SessionFixtures.utf8("{\"id\": \"x\"}"));
        refused(SessionFixtures.zip(m), "no numeric \"schemaVersion\"");
    }

    @Test
    void jsonThatIsNotJson() throws IOException {
        Map<String, byte[]> m = good();
        m.put("session.json", SessionFixtures.utf8("{\"schemaVersion\": 1, \"id\": "));
        refused(SessionFixtures.zip(m), "session.json is not valid JSON");
    }

    @Test
    void jsonWithAnInvalidValue() throws IOException {
        Map<String, byte[]> m = good();
        m.put("session.json", SessionFixtures.utf8(new String(json(), StandardCharsets.UTF_8)
                .replace("\"painBefore\" : 3", "\"painBefore\" : 12")));
        refused(SessionFixtures.zip(m), "pain before must be 0..10");
    }

    @Test
    void aSetWithAnUnknownFault() throws IOException {
        Map<String, byte[]> m = good();
        m.put("session.json", SessionFixtures.utf8(new String(json(), StandardCharsets.UTF_8)
                .replace("\"kind\" : \"too-fast\"", "\"kind\" : \"sloppy\"")));
        refused(SessionFixtures.zip(m), "set 1: unknown fault 'sloppy'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.csv", "a/../../evil.csv", "..\\evil.csv", "/etc/passwd", "C:/evil.csv", ".."})
    void entriesPointingOutsideTheArchive(String name) throws IOException {
        Map<String, byte[]> m = good();
        m.put(name, SessionFixtures.utf8("x"));
        refused(SessionFixtures.zip(m), "points outside the archive");
    }

    @Test
    void aFolderEntry() throws IOException {
        Map<String, byte[]> m = good();
        m.put("data/", new byte[0]);
        refused(SessionFixtures.zip(m), "folder entry 'data/'");
    }

    @Test
    void anUnexpectedEntry() throws IOException {
        Map<String, byte[]> m = good();
        m.put("readme.txt", SessionFixtures.utf8("hello"));
        refused(SessionFixtures.zip(m), "unexpected entry 'readme.txt'");
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
        refused(SessionFixtures.zip(Map.of("session.json", json())), "it has no samples.csv");
    }

    @Test
    void aDecompressionBombByRatio() throws IOException {
        Map<String, byte[]> m = good();
        m.put("samples.csv", new byte[30 << 20]);
        refused(SessionFixtures.zip(m), "refused as a decompression bomb");
    }

    @Test
    void anEntryLargerThanAnySession() throws IOException {
        SessionFileLimits small = new SessionFileLimits(100 << 20, 1 << 20, 1 << 20, 4 << 20, 100);
        Map<String, byte[]> m = good();
        byte[] big = new byte[2 << 20];
        new java.util.Random(1).nextBytes(big);
        m.put("samples.csv", big);
        refused(SessionFixtures.zip(m), "more than the 1.0 MB any session holds", small);
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
        Map<String, byte[]> m = good();
        m.put("samples.csv", SessionFixtures.utf8("t_s,ax_g,ay_g\n0.0,0.0,0.0\n"));
        refused(SessionFixtures.zip(m), "samples.csv: unexpected header 't_s,ax_g,ay_g'");
    }

    @Test
    void samplesWithAShortRow() throws IOException {
        Map<String, byte[]> m = good();
        m.put("samples.csv", SessionFixtures.utf8("t_s,ax_g,ay_g,az_g\n0.0,0.0,0.0,1.0\n0.01,0.0\n"));
        refused(SessionFixtures.zip(m), "line 3: 2 cells, expected 4");
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

    @Test
    void aFolderOrAMissingFile() {
        SampleFileException a = assertThrows(SampleFileException.class, () -> new SessionFileReader().read(dir));
        assertTrue(a.getMessage().contains("is a folder"), a.getMessage());
        SampleFileException b = assertThrows(SampleFileException.class, () -> new SessionFileReader().read(dir.resolve("nope.rtsession")));
        assertTrue(b.getMessage().contains("no such session file"), b.getMessage());
    }
}
