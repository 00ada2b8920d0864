package com.reptempo.protocol;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.Sample;

/**
 * Passes decoded records on, keeping sample time continuous when the decoder behind it is
 * replaced (a mode switch restarts time at 0): after {@link #newTimeBase()} the next sample is
 * placed one typical sample spacing after the last one delivered.
 */
final class ContinuousTime implements DecodeListener {
    private static final double FALLBACK_SPACING_S = 0.01;

    private final DecodeListener target;
    private boolean any;
    private double last_s;
    private double spacing_s = FALLBACK_SPACING_S;
    private boolean rebase;
    private double offset_s;

    ContinuousTime(DecodeListener target) {
        this.target = target;
    }

    /** The next sample starts a new time base. */
    void newTimeBase() {
        rebase = any;
    }

    @Override
    public void onSample(long seq, Sample s) {
        if (rebase) {
            offset_s = last_s + spacing_s - s.t_s();
            rebase = false;
        }
        Sample out = offset_s == 0 ? s
                : new Sample(s.t_s() + offset_s, s.ax_g(), s.ay_g(), s.az_g(), s.gx_dps(), s.gy_dps(), s.gz_dps());
        if (any && out.t_s() > last_s) spacing_s = out.t_s() - last_s;
        any = true;
        last_s = out.t_s();
        target.onSample(seq, out);
    }

    @Override
    public void onMessage(DeviceMessage message) {
        target.onMessage(message);
    }

    @Override
    public void onTextHello(TextHello hello) {
        target.onTextHello(hello);
    }

    @Override
    public void onDeviceInfo(DeviceInfo info) {
        target.onDeviceInfo(info);
    }
}
