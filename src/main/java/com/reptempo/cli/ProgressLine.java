package com.reptempo.cli;

import com.reptempo.app.CaptureToFiles;
import com.reptempo.model.LinkStats;

import java.util.Locale;

/** The one-line running status of a recording or replay. */
final class ProgressLine {
    private ProgressLine() {
    }

    static String format(CaptureToFiles.Progress p) {
        LinkStats s = p.stats();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%7.1f s  %8d samples  %5d lost  link %5.1f%%",
                p.duration_s(), p.samples(), s.lostSamples(), 100 * s.quality()));
        if (s.droppedFrames() > 0) sb.append(String.format(Locale.ROOT, "  %d bad frames", s.droppedFrames()));
        if (p.deviceStatus() != null && p.deviceStatus().battery_mV() > 0) {
            sb.append(String.format(Locale.ROOT, "  battery %.2f V%s", p.deviceStatus().battery_mV() / 1000.0,
                    p.deviceStatus().charging() ? " (charging)" : ""));
        }
        sb.append("  [").append(p.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(']');
        return sb.toString();
    }
}
