package com.reptempo.storage.session;

import java.util.List;

/**
 * session.json as plain records, exactly as the file holds them (schema in README "Sessions").
 * Times are seconds on the samples' clock; enum-like fields are strings so that a file from
 * another version gives a clear message instead of a Jackson error; values that may be unknown
 * are boxed and left out when null. Mapped to and from the domain by {@link SessionDtoMapper}.
 */
public final class SessionDto {
    private SessionDto() {
    }

    /** The whole session.json. */
    public record Document(int schemaVersion, String appVersion, String id, String patient, String startedAt,
                           String zone, String origin, String source, Boolean recovered, String recoveryNote,
                           Device device, Link link, Samples samples, PrescriptionDto.Document prescription,
                           List<SetEntry> sets, Integer painBefore, Integer painAfter, String notes) {
    }

    /** The sensor's own description. */
    public record Device(String model, String deviceId, String firmwareVersion, double sampleRate_hz,
                         int accelFullScale_g, int gyroFullScale_dps, boolean hasGyro, String placement) {
    }

    /** Link statistics (names as in the model's LinkStats). */
    public record Link(long bytesReceived, long frames, long crcErrors, long runts, long malformed, long unknownType,
                       long unsupportedVersion, long oversize, long bytesSkipped, long lostSamples,
                       long duplicateBatches, long outOfOrderBatches, long samples, long modeChanges,
                       long deviceDropped) {
    }

    /** Summary of the samples (samples.bin, or samples.csv in version 1). */
    public record Samples(long count, double duration_s, double rate_hz, boolean hasGyro) {
    }

    /** One set: the exercise as defined when it was done, its span and the result as recorded (may be null). */
    public record SetEntry(Exercise exercise, Double start_s, Double end_s, Result result) {
    }

    /** An exercise definition (the same fields as the routine JSON). */
    public record Exercise(String id, String name, String position, String instructions, String placement,
                           String sides, int minReps, int maxReps, List<PhaseTarget> phases, List<String> formFaults,
                           PrescriptionDto.Thresholds thresholds) {
    }

    /** A phase target of an exercise; kind is MOVEMENT or HOLD. */
    public record PhaseTarget(String name, String kind, double min_s, double max_s) {
    }

    /** The analysis of a set. */
    public record Result(double quality, double start_s, double end_s, List<Rep> reps) {
    }

    /** One rep; side is "left", "right" or null; unknown measures are null. */
    public record Rep(int index, double start_s, double end_s, String side, List<PhaseTiming> phases,
                      List<FaultEntry> faults, Double quality, Double range_deg, Double pelvisRotation_deg,
                      Double smoothness) {
    }

    /** One timed phase of a rep with its target. */
    public record PhaseTiming(String name, String kind, double start_s, double end_s, double targetMin_s,
                              double targetMax_s) {
    }

    /** A fault; kind is the fault id, e.g. "too-fast"; phase may be null. */
    public record FaultEntry(String kind, String phase, Double deviation, Double deviationPercent) {
    }
}
