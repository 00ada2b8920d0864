package com.reptempo.device;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.DeviceStatus;
import com.reptempo.model.Sample;
import com.reptempo.protocol.DecodeListener;
import com.reptempo.protocol.DeviceMessage;

/** Adapts what a decoder produces to what a source reports, remembering what the UI needs. */
final class DecodedToSource implements DecodeListener {
    private final SourceListener target;
    private double lastSample_s;
    private long samples;
    private DeviceInfo info;

    DecodedToSource(SourceListener target) {
        this.target = target;
    }

    @Override
    public void onSample(long seq, Sample sample) {
        lastSample_s = sample.t_s();
        samples++;
        target.onSample(sample);
    }

    @Override
    public void onMessage(DeviceMessage message) {
        if (message instanceof DeviceMessage.Status s) {
            target.onDeviceStatus(new DeviceStatus(s.battery_mV(), s.charging(), s.droppedTotal()));
        } else if (message instanceof DeviceMessage.Event e) {
            target.onButton(e.kind(), lastSample_s);
        }
    }

    @Override
    public void onDeviceInfo(DeviceInfo deviceInfo) {
        info = deviceInfo;
        target.onDeviceInfo(deviceInfo);
    }

    long samples() {
        return samples;
    }

    DeviceInfo info() {
        return info;
    }
}
