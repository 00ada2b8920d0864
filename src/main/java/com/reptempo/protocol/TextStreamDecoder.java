package com.reptempo.protocol;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.LinkStats;
import com.reptempo.model.Placement;
import com.reptempo.model.Sample;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The host side of text mode (PROTOCOL.md §7): {@code t_ms,ax,ay,az[,gx,gy,gz][*hh]} lines,
 * {@code #reptempo} hello lines and column headers. Bad lines are counted and dropped; memory is
 * bounded by the maximum line length. Never throws on input.
 */
public final class TextStreamDecoder implements StreamDecoder {
    /** Longest line accepted, characters (without the line end). */
    public static final int MAX_LINE = 200;
    private static final double WRAP_MS = 4294967296.0;
    /** A backward time step larger than this is a board reset: a new epoch starts. */
    private static final double RESET_MS = 1000.0;

    private final DecodeListener listener;
    private final DecoderCounters counters = new DecoderCounters();
    private final byte[] line = new byte[MAX_LINE];
    private int length;
    private boolean overlong;

    private TextUnits units = TextUnits.ASSUMED;
    private double rate_hz = Double.NaN;
    private boolean started;
    private boolean afterHello;
    private double lastRaw_ms;
    private double unwrapped_ms;
    private double epochFirst_ms;
    private double epochOffset_s;
    private double last_s;

    public TextStreamDecoder(DecodeListener listener) {
        this.listener = listener;
    }

    @Override
    public void feed(byte[] bytes, int fromInclusive, int toExclusive) {
        counters.bytesReceived += toExclusive - fromInclusive;
        for (int i = fromInclusive; i < toExclusive; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                endOfLine();
            } else if (overlong) {
                counters.bytesSkipped++;
            } else if (length == MAX_LINE) {
                overlong = true;
                counters.bytesSkipped += length + 1;
                length = 0;
            } else {
                line[length++] = b;
            }
        }
    }

    @Override
    public void discardPartial() {
        length = 0;
        overlong = false;
    }

    @Override
    public LinkStats stats() {
        return counters.snapshot();
    }

    @Override
    public Mode mode() {
        return Mode.TEXT;
    }

    /** True when the units were stated by the device rather than assumed (g, deg/s). */
    public boolean unitsStated() {
        return units.stated();
    }

    DecoderCounters counters() {
        return counters;
    }

    private void endOfLine() {
        if (overlong) {
            overlong = false;
            counters.oversize++;
            length = 0;
            return;
        }
        int rawLength = length;
        int len = rawLength;
        length = 0;
        if (len > 0 && line[len - 1] == '\r') len--;
        if (len == 0) return;
        String s = new String(line, 0, len, StandardCharsets.ISO_8859_1);
        if (s.startsWith("#reptempo")) {
            hello(s);
        } else if (s.charAt(0) != '#' && !sample(s)) {
            counters.bytesSkipped += rawLength;
        }
    }

    private void hello(String s) {
        Map<String, String> kv = new HashMap<>();
        for (String token : s.substring("#reptempo".length()).trim().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) kv.put(token.substring(0, eq).toLowerCase(Locale.ROOT), token.substring(eq + 1));
        }
        TextHello h = TextHello.of(kv);
        units = units.withAccel(TextUnits.accelFactor(h.accel())).withGyro(TextUnits.gyroFactor(h.gyro()));
        if (h.rate() != null) {
            try {
                double r = Double.parseDouble(h.rate());
                if (r > 0 && r <= 100_000) rate_hz = r;
            } catch (NumberFormatException e) {
                // an unreadable rate leaves the rate unknown; gaps are then not counted
            }
        }
        afterHello = true;
        listener.onTextHello(h);
        listener.onDeviceInfo(new DeviceInfo("", "", h.model() == null ? "" : h.model(),
                Double.isNaN(rate_hz) ? 0 : rate_hz, 0, 0, !"none".equalsIgnoreCase(h.gyro()),
                placement(h.placement())));
    }

    private static Placement placement(String p) {
        if (p == null) return Placement.UNSPECIFIED;
        return switch (p.toLowerCase(Locale.ROOT)) {
            case "lower-back" -> Placement.LOWER_BACK;
            case "left-hip" -> Placement.LEFT_HIP;
            case "right-hip" -> Placement.RIGHT_HIP;
            default -> Placement.UNSPECIFIED;
        };
    }

    /** @return false when the line was dropped (already counted) */
    private boolean sample(String s) {
        String body = s;
        int star = s.lastIndexOf('*');
        if (star >= 0) {
            int sum = TextChecksum.parse(s, star);
            if (sum < 0) {
                counters.malformed++;
                return false;
            }
            if (sum != TextChecksum.of(s, 0, star)) {
                counters.crcErrors++;
                return false;
            }
            body = s.substring(0, star);
        }
        String[] f = body.split(",", -1);
        if (Character.isLetter(f[0].trim().isEmpty() ? '0' : f[0].trim().charAt(0))) {
            TextUnits fromNames = TextUnits.fromColumns(f);
            if (fromNames != null) units = fromNames;
            return true;
        }
        if (f.length != 4 && f.length != 7) {
            counters.malformed++;
            return false;
        }
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            try {
                v[i] = Double.parseDouble(f[i].trim());
            } catch (NumberFormatException e) {
                counters.malformed++;
                return false;
            }
            if (!Double.isFinite(v[i]) || (i == 0 && v[i] < 0)) {
                counters.malformed++;
                return false;
            }
        }
        return deliver(v);
    }

    private boolean deliver(double[] v) {
        double raw = v[0];
        double t_s;
        if (!started) {
            started = true;
            unwrapped_ms = raw;
            epochFirst_ms = raw;
            epochOffset_s = 0;
        } else {
            double d = raw - lastRaw_ms;
            if (d < -WRAP_MS / 2) d += WRAP_MS;
            else if (d > WRAP_MS / 2) d -= WRAP_MS;
            if ((afterHello && !(d > 0 && d < 60_000)) || d < -RESET_MS) {
                double period_s = Double.isNaN(rate_hz) ? 0.01 : 1.0 / rate_hz;
                unwrapped_ms = raw;
                epochFirst_ms = raw;
                epochOffset_s = last_s + period_s;
            } else {
                if (d <= 0) {
                    counters.duplicateBatches++;
                    return true;
                }
                if (!Double.isNaN(rate_hz) && d / 1000.0 > 1.5 / rate_hz) {
                    counters.lostSamples += Math.round(d / 1000.0 * rate_hz) - 1;
                }
                unwrapped_ms += d;
            }
        }
        afterHello = false;
        lastRaw_ms = raw;
        t_s = (unwrapped_ms - epochFirst_ms) / 1000.0 + epochOffset_s;
        if (counters.samples > 0 && t_s <= last_s) {
            counters.duplicateBatches++;
            return true;
        }
        last_s = t_s;
        double a = units.accelFactor();
        Sample sample = v.length == 7
                ? new Sample(t_s, v[1] * a, v[2] * a, v[3] * a, v[4] * units.gyroFactor(), v[5] * units.gyroFactor(),
                v[6] * units.gyroFactor())
                : Sample.accelOnly(t_s, v[1] * a, v[2] * a, v[3] * a);
        counters.frames++;
        counters.samples++;
        listener.onSample(-1, sample);
        return true;
    }
}
