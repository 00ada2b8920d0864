package com.reptempo.ui;

import com.reptempo.app.live.CountAlong;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoundCuesTest {
    @Test
    void withOrWithoutAnAudioDeviceItSaysWhatHappensAndNeverThrows() {
        try (SoundCues cues = new SoundCues()) {
            String problem = cues.open();
            assertTrue(problem == null || problem.startsWith("No sound:") && problem.contains("on screen only"), problem);
            cues.play(new CountAlong.Cue(CountAlong.CueKind.PHASE_START, "lift", 1, false));
            cues.play(new CountAlong.Cue(CountAlong.CueKind.COUNT, "lift", 5, true));
            cues.repDone(true);
            cues.setMuted(true);
            cues.repDone(false);
        }
    }

    @Test
    void tonesAreShortSmoothPcm() {
        byte[] pcm = ToneSynth.tone(880, 0.05, 44_100f);
        assertEquals(2 * (int) (0.05 * 44_100), pcm.length);
        assertEquals(0, pcm[0], "starts silent: no click");
        int peak = 0;
        for (int i = 0; i < pcm.length; i += 2) peak = Math.max(peak, Math.abs((short) ((pcm[i] & 0xFF) | pcm[i + 1] << 8)));
        assertTrue(peak > 8000 && peak < Short.MAX_VALUE, "audible, not clipped: " + peak);
    }
}
