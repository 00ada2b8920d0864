package com.reptempo.ui;

/** Synthesises short sine tones with a smooth envelope (no clicks), as 16-bit little-endian mono PCM. */
final class ToneSynth {
    private ToneSynth() {
    }

    static byte[] tone(double frequency_hz, double duration_s, float rate_hz) {
        int n = (int) (duration_s * rate_hz);
        byte[] pcm = new byte[2 * n];
        int ramp = Math.max(1, (int) (0.008 * rate_hz));
        for (int i = 0; i < n; i++) {
            double envelope = Math.min(1.0, Math.min(i, n - 1 - i) / (double) ramp);
            short v = (short) (0.35 * Short.MAX_VALUE * envelope * Math.sin(2 * Math.PI * frequency_hz * i / rate_hz));
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        return pcm;
    }
}
