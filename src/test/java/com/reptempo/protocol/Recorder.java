package com.reptempo.protocol;

import com.reptempo.model.DeviceInfo;
import com.reptempo.model.Sample;

import java.util.ArrayList;
import java.util.List;

/** A DecodeListener that keeps everything, for assertions. */
final class Recorder implements DecodeListener {
    final List<Long> seqs = new ArrayList<>();
    final List<Sample> samples = new ArrayList<>();
    final List<DeviceMessage> messages = new ArrayList<>();
    final List<TextHello> textHellos = new ArrayList<>();
    final List<DeviceInfo> infos = new ArrayList<>();

    @Override
    public void onSample(long seq, Sample sample) {
        seqs.add(seq);
        samples.add(sample);
    }

    @Override
    public void onMessage(DeviceMessage message) {
        messages.add(message);
    }

    @Override
    public void onTextHello(TextHello hello) {
        textHellos.add(hello);
    }

    @Override
    public void onDeviceInfo(DeviceInfo info) {
        infos.add(info);
    }
}
