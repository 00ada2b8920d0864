package com.reptempo.pipeline;

import com.reptempo.model.Sample;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calibration from the still period at the start. */
class StillCalibratorTest {
    @Test
    void measuresGyroscopeOffsetsAndGravityOverAStillSecond() {
        Random rng = new Random(1);
        StillCalibrator c = new StillCalibrator();
        Calibration cal = null;
        for (int i = 0; cal == null && i < 500; i++) {
            Sample s = new Sample(i * 0.01, 0.1 + 0.003 * rng.nextGaussian(), 0.003 * rng.nextGaussian(),
                    0.995 + 0.003 * rng.nextGaussian(), 0.7 + 0.05 * rng.nextGaussian(), -0.3 + 0.05 * rng.nextGaussian(),
                    0.05 * rng.nextGaussian());
            cal = c.accept(s);
            if (cal == null) assertTrue(c.progress(s.t_s()) < 1.01);
        }
        assertNotNull(cal);
        assertTrue(cal.fromStillPeriod());
        assertEquals(1.0, cal.t_s(), 0.02, "one second of stillness");
        assertEquals(0.7, cal.gyroBiasX_dps(), 0.02);
        assertEquals(-0.3, cal.gyroBiasY_dps(), 0.02);
        assertEquals(1.0, cal.gravity_g(), 0.01);
        assertEquals(0.1, cal.upX(), 0.01);
    }

    @Test
    void movementRestartsTheStillPeriodAndDefaultsAreUsedAfterTheTimeout() {
        StillCalibrator c = new StillCalibrator();
        Calibration cal = null;
        int i = 0;
        for (; cal == null && i < 1000; i++) {
            double a = Math.toRadians(20 * Math.sin(i * 0.01 * 2 * Math.PI));
            cal = c.accept(Sample.accelOnly(i * 0.01, Math.sin(a), 0, Math.cos(a)));
        }
        assertNotNull(cal);
        assertFalse(cal.fromStillPeriod());
        assertEquals(StillCalibrator.TIMEOUT_S, cal.t_s(), 0.02);
    }

    @Test
    void aShortRecordingNeverCalibrates() {
        StillCalibrator c = new StillCalibrator();
        for (int i = 0; i < 50; i++) assertNull(c.accept(Sample.accelOnly(i * 0.01, 0, 0, 1)));
        assertEquals(0.49, c.progress(0.49), 0.02);
    }
}
