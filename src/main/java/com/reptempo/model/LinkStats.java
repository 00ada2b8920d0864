package com.reptempo.model;

/**
 * Link statistics of a sensor stream (PROTOCOL.md §6), as an immutable snapshot.
 *
 * @param bytesReceived      bytes read from the link
 * @param frames             frames (binary) or sample/hello lines (text) that decoded into a valid record
 * @param crcErrors          frames dropped for a bad CRC or invalid COBS; text lines with a bad checksum
 * @param runts              frames shorter than the minimum
 * @param malformed          frames/lines with a valid CRC but an invalid body
 * @param unknownType        frames of an unknown message type
 * @param unsupportedVersion frames of a protocol version this program does not speak
 * @param oversize           stretches longer than the maximum frame/line without a delimiter
 * @param bytesSkipped       bytes of dropped frames and stretches
 * @param lostSamples        samples that never arrived (sequence gaps, time gaps in text mode)
 * @param duplicateBatches   batches (or text lines) that repeated what was already delivered
 * @param outOfOrderBatches  batches that arrived after later ones and were dropped
 * @param samples            samples delivered to the analysis
 * @param modeChanges        switches between binary and text mode after the first detection
 * @param deviceDropped      samples the device reports it dropped itself (from STATUS), or 0
 */
public record LinkStats(long bytesReceived, long frames, long crcErrors, long runts, long malformed, long unknownType,
                        long unsupportedVersion, long oversize, long bytesSkipped, long lostSamples,
                        long duplicateBatches, long outOfOrderBatches, long samples, long modeChanges,
                        long deviceDropped) {
    /** All zero. */
    public static final LinkStats EMPTY = new LinkStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Frames that were dropped for any reason. */
    public long droppedFrames() {
        return crcErrors + runts + malformed + unknownType + unsupportedVersion + oversize;
    }

    /**
     * Link quality in 0..1: the fraction of expected samples that arrived (1 when nothing is
     * known to be lost).
     */
    public double quality() {
        long expected = samples + lostSamples;
        return expected == 0 ? 1.0 : (double) samples / expected;
    }
}
