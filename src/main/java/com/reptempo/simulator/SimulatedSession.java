package com.reptempo.simulator;

import com.reptempo.model.Sample;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole simulated session in memory: the samples and their ground truth (for files and tests).
 * Made by running a {@link SampleStream} to its end, so it holds exactly the samples the stream
 * yields.
 *
 * @param plan    what was simulated
 * @param samples every sample, in time order
 * @param truth   the ground truth
 */
public record SimulatedSession(SessionPlan plan, List<Sample> samples, SessionTruth truth) {
    public SimulatedSession {
        samples = List.copyOf(samples);
    }

    /**
     * Runs {@code plan} to its end.
     *
     * @throws IllegalArgumentException unless the plan's pacing is {@link Pacing#ONCE} (others never end)
     */
    public static SimulatedSession generate(SessionPlan plan) {
        if (!plan.pacing().ends()) {
            throw new IllegalArgumentException("a plan paced " + plan.pacing() + " never ends; use SampleStream");
        }
        SampleStream stream = new SampleStream(plan);
        List<Sample> samples = new ArrayList<>();
        while (stream.hasNext()) samples.add(stream.next());
        List<SetTruth> sets = stream.drainCompletedSets();
        double duration = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).t_s();
        return new SimulatedSession(plan, samples, new SessionTruth(stream.initialStill(), sets, samples.size(), duration));
    }
}
