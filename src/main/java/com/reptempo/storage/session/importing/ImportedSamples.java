package com.reptempo.storage.session.importing;

import com.reptempo.model.Sample;

import java.util.List;

/** Samples brought in from another program's file (time from 0 s, g, deg/s) and what was done to them. */
public record ImportedSamples(List<Sample> samples, ImportReport report) {
    public ImportedSamples {
        samples = List.copyOf(samples);
    }

    public boolean hasGyro() {
        return !samples.isEmpty() && samples.get(0).hasGyro();
    }
}
