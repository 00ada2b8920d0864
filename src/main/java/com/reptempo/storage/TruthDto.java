package com.reptempo.storage;

import java.util.List;

/**
 * The truth file ({@code X.truth.json} beside {@code X.csv}) as plain records, exactly as the JSON
 * holds them (schema in docs/SIMULATOR.md). Times are seconds on the samples' clock, angles
 * degrees; fault, side and non-rep ids are the lower-case ids; enums from routine.json
 * (placement, phase kind) keep their upper-case names.
 */
public final class TruthDto {
    private TruthDto() {
    }

    /** The whole file. */
    public record Session(int schemaVersion, boolean simulated, Generator generator, double sampleRate_hz,
                          long sampleCount, double duration_s, Span initialStill, List<SetEntry> sets) {
    }

    /** How the session was made: enough to make it again. */
    public record Generator(String name, List<String> exercises, List<Integer> repsPerSide, long seed, double tempo,
                            List<String> faults, double faultRate, List<ExplicitFault> explicitFaults,
                            Sensor sensor, Mounting mounting, Disturbances disturbances) {
    }

    /** Faults forced on a rep number (1-based, every set). */
    public record ExplicitFault(int rep, List<String> faults) {
    }

    /** The simulated sensor. */
    public record Sensor(String model, double sampleRate_hz, int accelFullScale_g, int accelLsbPerG,
                         int gyroFullScale_dps, double gyroLsbPerDps, boolean hasGyro, double accelNoise_ugPerRtHz,
                         double gyroNoise_dpsPerRtHz, double accelBiasSd_g, double gyroBiasSd_dps, double scaleErrorSd,
                         double crossAxisSd, double timeJitterSd_s) {
    }

    /** The mounting preset; {@code rotation_wxyz} is the unit quaternion applied in the sensor's frame. */
    public record Mounting(String name, List<Double> rotation_wxyz, double misalignmentSd_deg) {
    }

    /** The non-rep disturbance settings. */
    public record Disturbances(double fidgetRate, double bumpRate, boolean breathing, boolean tremor) {
    }

    /** An interval. */
    public record Span(double start_s, double end_s) {
    }

    /** One set. {@code countsBySide} is null for exercises not done per side. */
    public record SetEntry(String exercise, String posture, String placement, List<Double> sensorToBody_wxyz,
                           double start_s, double end_s, int count, SideCounts countsBySide, List<Rep> reps,
                           List<NonRep> nonReps) {
    }

    /** Counted reps per side. */
    public record SideCounts(int left, int right) {
    }

    /** One counted rep; {@code side} is "left", "right" or null. */
    public record Rep(int index, String exercise, String side, double start_s, double end_s, List<Phase> phases,
                      List<String> injectedFaults, List<String> expectedFaults, double amplitude_deg,
                      double peakPelvisRotation_deg, List<Double> rotationAxis_sensor, List<Span> pauses) {
    }

    /** One phase of a rep; {@code kind} is MOVEMENT or HOLD. */
    public record Phase(String name, String kind, double start_s, double end_s) {
    }

    /** A labelled non-rep, e.g. kind "fidget". */
    public record NonRep(String kind, double start_s, double end_s) {
    }
}
