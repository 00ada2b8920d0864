package com.reptempo.storage.session.importing;

import com.reptempo.storage.SampleFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleImporterTest {
    @TempDir
    Path dir;

    @Test
    void ourOwnCsvIsImportedAsItIs() throws IOException {
        ImportedSamples in = SampleImporter.read(Path.of("samples/cobra-lift-good.csv"), ImportOptions.DETECT);
        assertEquals(6269, in.samples().size());
        assertEquals("RepTempo CSV", in.report().format());
        assertEquals(50, in.report().rate_hz(), 1);
    }

    @Test
    void ourCsvWithMissingColumnsSaysWhatIsWrong() throws IOException {
        Path f = Files.writeString(dir.resolve("x.csv"), "t_s,ax_g,ay_g\n0,0,0\n");
        String m = assertThrows(SampleFileException.class, () -> SampleImporter.read(f, ImportOptions.DETECT)).getMessage();
        assertTrue(m.contains("x.csv: unexpected header 't_s,ax_g,ay_g'"), m);
    }

    @Test
    void zipsEmptyFilesAndSessionFilesAreToldApart() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertTrue(assertThrows(SampleFileException.class, () -> SampleImporter.detect(empty)).getMessage().contains("is empty"));
        Path blank = Files.writeString(dir.resolve("blank.txt"), "\n\n  \n");
        assertTrue(assertThrows(SampleFileException.class, () -> SampleImporter.detect(blank)).getMessage().contains("only blank lines"));
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        Path phyphoxZip = Files.write(dir.resolve("export.zip"), zip);
        assertTrue(assertThrows(SampleFileException.class, () -> SampleImporter.detect(phyphoxZip)).getMessage()
                .contains("unzip it and import its 'Raw Data.csv'"));
        assertEquals(SampleImporter.Format.SESSION_FILE, SampleImporter.detect(Files.write(dir.resolve("s.rtsession"), zip)));
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello there\nno numbers here\n");
        assertTrue(assertThrows(SampleFileException.class, () -> SampleImporter.read(text, ImportOptions.DETECT)).getMessage()
                .contains("has no lines of numbers"));
    }

    @Test
    void aGyroFileIsOnlyForPhyphox() {
        Path log = PhyphoxImportTest.fixture("arduino-header-units.csv");
        String m = assertThrows(SampleFileException.class, () -> SampleImporter.read(log,
                new ImportOptions(null, null, null, PhyphoxImportTest.fixture("phyphox-gyroscope.csv"), null))).getMessage();
        assertTrue(m.contains("--gyro is for phyphox files"), m);
    }
}
