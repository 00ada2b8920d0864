package com.reptempo.simulator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class DeterminismTest {
    private static SessionPlan plan(long seed) {
        return SimulatorFixtures.shortSet("arm-leg-extension").withFaults(FaultPlan.all(0.4)).withSeed(seed);
    }

    @Test
    void sameSeedGivesIdenticalSamplesAndTruth() {
        SimulatedSession a = SimulatedSession.generate(plan(42));
        SimulatedSession b = SimulatedSession.generate(plan(42));
        assertEquals(a.samples(), b.samples());
        assertEquals(a.truth(), b.truth());
    }

    @Test
    void differentSeedGivesDifferentSamplesAndTruth() {
        SimulatedSession a = SimulatedSession.generate(plan(42));
        SimulatedSession b = SimulatedSession.generate(plan(43));
        assertNotEquals(a.samples().get(100), b.samples().get(100));
        assertNotEquals(a.truth(), b.truth());
    }

    @Test
    void rngDrawsAreStableAcrossRuns() {
        // Pinned values: SplitMix64 written out in Rng, so a seed means the same session on every JDK.
        Rng r = new Rng(1);
        assertEquals(0x910A2DEC89025CC1L, r.nextLong());
        assertEquals(Rng.derive(5, "x").nextLong(), Rng.derive(5, "x").nextLong());
        assertNotEquals(Rng.derive(5, "x").nextLong(), Rng.derive(5, "y").nextLong());
    }
}
