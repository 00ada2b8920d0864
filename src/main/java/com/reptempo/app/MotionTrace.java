package com.reptempo.app;

import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Sample;
import com.reptempo.pipeline.RepPipeline;

import java.util.Arrays;
import java.util.List;

/**
 * The motion of a set for the review's trace chart: the very angle the pipeline detects reps on
 * and the live chart shows ({@code LiveState.motionAngle_deg}: rotation from rest between reps,
 * from the rep's start during one), got by running the set's samples through a
 * {@link RepPipeline}. Points start once the pipeline has calibrated on the still start, as on
 * the live chart, and are taken every few samples: at most {@value #POINT_RATE_HZ} per second and
 * at most a given number per set.
 *
 * @param t_s       point times, seconds (sample time)
 * @param angle_deg the pipeline's motion angle at those times, degrees
 */
public record MotionTrace(double[] t_s, double[] angle_deg) {
    /** At most this many points are drawn for one set. */
    public static final int MAX_POINTS = 3000;
    /** At most this many points per second of the set (the live chart's rate). */
    public static final int POINT_RATE_HZ = 50;

    public static final MotionTrace EMPTY = new MotionTrace(new double[0], new double[0]);

    public MotionTrace {
        if (t_s.length != angle_deg.length) throw new IllegalArgumentException("times and values differ in length");
    }

    public int size() {
        return t_s.length;
    }

    /** The time of the first point (when the pipeline had calibrated), or NaN without points. */
    public double start_s() {
        return t_s.length == 0 ? Double.NaN : t_s[0];
    }

    /**
     * The trace of a set's samples analysed as {@code exercise}, for a definition whose analysis
     * was not traced (e.g. the result as recorded, judged against the targets in force then): it
     * runs the pipeline over the set. {@link SessionPipeline#traced} gets the result and the trace
     * from one run.
     *
     * @param samples   the set's samples in time order
     * @param exercise  the definition the set is analysed against (the pipeline's detector depends on its phase targets)
     * @param maxPoints at most this many points
     */
    public static MotionTrace of(List<Sample> samples, ExerciseDefinition exercise, int maxPoints) {
        if (samples.isEmpty() || maxPoints < 1) return EMPTY;
        return SessionPipeline.traced(samples, exercise, maxPoints).trace();
    }

    /**
     * Takes a trace's points from a pipeline as it is fed a set's samples: call {@link #take}
     * after each sample, then {@link #trace}.
     */
    public static final class Points {
        private final int step;
        private final double[] t;
        private final double[] angle;
        private int k;

        /**
         * @param samples   the samples that will be fed (their count and span set the step)
         * @param maxPoints at most this many points
         */
        public Points(List<Sample> samples, int maxPoints) {
            int n = samples.size();
            double span_s = n == 0 ? 0 : samples.get(n - 1).t_s() - samples.get(0).t_s();
            double rate_hz = span_s > 0 ? (n - 1) / span_s : 1;
            step = Math.max(Math.max(1, (int) Math.ceil((double) n / Math.max(1, maxPoints))), (int) Math.round(rate_hz / POINT_RATE_HZ));
            t = new double[maxPoints < 1 ? 0 : (n + step - 1) / step];
            angle = new double[t.length];
        }

        /** Takes a point after sample {@code index} was fed to {@code pipeline}, when it is one to take. */
        public void take(int index, RepPipeline pipeline) {
            if (index % step != 0 || k == t.length || !pipeline.calibrated()) return;
            var state = pipeline.snapshot();
            t[k] = state.t_s();
            angle[k] = state.motionAngle_deg();
            k++;
        }

        public MotionTrace trace() {
            return k == 0 ? EMPTY : new MotionTrace(Arrays.copyOf(t, k), Arrays.copyOf(angle, k));
        }
    }
}
