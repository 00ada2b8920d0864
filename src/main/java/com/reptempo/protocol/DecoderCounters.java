package com.reptempo.protocol;

import com.reptempo.model.LinkStats;

/** Mutable counters owned by one decoder (single-threaded); {@link #snapshot()} copies them. */
final class DecoderCounters {
    long bytesReceived;
    long frames;
    long crcErrors;
    long runts;
    long malformed;
    long unknownType;
    long unsupportedVersion;
    long oversize;
    long bytesSkipped;
    long lostSamples;
    long duplicateBatches;
    long outOfOrderBatches;
    long samples;
    long modeChanges;
    long deviceDropped;

    void reject(Rejection why) {
        switch (why) {
            case UNSUPPORTED_VERSION -> unsupportedVersion++;
            case UNKNOWN_TYPE -> unknownType++;
            case MALFORMED -> malformed++;
        }
    }

    LinkStats snapshot() {
        return new LinkStats(bytesReceived, frames, crcErrors, runts, malformed, unknownType, unsupportedVersion,
                oversize, bytesSkipped, lostSamples, duplicateBatches, outOfOrderBatches, samples, modeChanges,
                deviceDropped);
    }

    /** Adds another decoder's counts (used when the auto-detector switches mode). */
    void add(LinkStats s) {
        bytesReceived += s.bytesReceived();
        frames += s.frames();
        crcErrors += s.crcErrors();
        runts += s.runts();
        malformed += s.malformed();
        unknownType += s.unknownType();
        unsupportedVersion += s.unsupportedVersion();
        oversize += s.oversize();
        bytesSkipped += s.bytesSkipped();
        lostSamples += s.lostSamples();
        duplicateBatches += s.duplicateBatches();
        outOfOrderBatches += s.outOfOrderBatches();
        samples += s.samples();
        modeChanges += s.modeChanges();
        deviceDropped = Math.max(deviceDropped, s.deviceDropped());
    }
}
