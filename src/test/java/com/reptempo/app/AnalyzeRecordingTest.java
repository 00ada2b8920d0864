package com.reptempo.app;

import com.reptempo.model.Sample;
import com.reptempo.storage.SampleFileException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading recordings for analysis: units and spans. */
class AnalyzeRecordingTest {
    static AnalyzeRecording.Recording rec(double g) {
        List<Sample> s = new ArrayList<>();
        for (int i = 0; i < 100; i++) s.add(Sample.accelOnly(i * 0.01, 0, 0, g));
        return new AnalyzeRecording.Recording(Path.of("x.csv"), s, false);
    }

    @Test
    void accelerationMustBeInG() {
        assertDoesNotThrow(() -> AnalyzeRecording.checkUnits(rec(1.0)));
        SampleFileException ms2 = assertThrows(SampleFileException.class, () -> AnalyzeRecording.checkUnits(rec(9.81)));
        assertTrue(ms2.getMessage().contains("m/s^2"), ms2.getMessage());
        SampleFileException odd = assertThrows(SampleFileException.class, () -> AnalyzeRecording.checkUnits(rec(0.1)));
        assertTrue(odd.getMessage().contains("expected about 1 g"), odd.getMessage());
    }

    @Test
    void spansAreInclusive() {
        List<Sample> s = rec(1).samples();
        assertEquals(11, AnalyzeRecording.span(s, 0.1, 0.2).size());
        assertEquals(100, AnalyzeRecording.span(s, -1, 5).size());
        assertEquals(0, AnalyzeRecording.span(s, 5, 6).size());
    }

    @Test
    void aRawCaptureIsReadThroughTheDecoder() throws Exception {
        SampleFileException e = assertThrows(SampleFileException.class,
                () -> AnalyzeRecording.read(Path.of("pom.xml")));
        assertTrue(e.getMessage().length() > 0);
    }
}
