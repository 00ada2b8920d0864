package com.reptempo.storage.session.importing;

import java.nio.file.Path;

/**
 * What the user said about a file to import; null fields are detected.
 *
 * @param rate_hz    the nominal sample rate for logs without a time column
 * @param accelUnit  acceleration unit: "g", "m/s2" or "counts:LSB_PER_G" (e.g. counts:16384)
 * @param gyroUnit   angular rate unit: "dps", "rad/s", "counts:LSB_PER_DPS" or "none" to drop it
 * @param gyroFile   a separate phyphox gyroscope file to merge onto the acceleration's times
 * @param capture    which capture of a log that holds several (1-based)
 */
public record ImportOptions(Double rate_hz, String accelUnit, String gyroUnit, Path gyroFile, Integer capture) {
    /** Detect everything. */
    public static final ImportOptions DETECT = new ImportOptions(null, null, null, null, null);

    public ImportOptions {
        if (rate_hz != null && !(rate_hz > 0 && rate_hz <= 10_000)) {
            throw new IllegalArgumentException("the sample rate must be more than 0 and at most 10000 Hz, got " + rate_hz);
        }
        if (capture != null && capture < 1) throw new IllegalArgumentException("captures are numbered from 1, got " + capture);
    }
}
