package com.reptempo.simulator;

import org.apache.commons.math3.geometry.euclidean.threed.Vector3D;

/**
 * A small deterministic random generator (SplitMix64, Steele, Lea &amp; Flood 2014) with the draws
 * the simulator needs. Written out here so that a seed gives the same session on every JDK.
 * Not thread-safe; every consumer owns its own instance, derived by label from the session seed.
 */
final class Rng {
    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** An independent generator for {@code label}, derived from {@code seed} only. */
    static Rng derive(long seed, String label) {
        return new Rng(mix(seed ^ mix(label.hashCode() * 0x9E3779B97F4A7C15L)));
    }

    /** A new generator seeded from this one's next value (advances this one). */
    Rng fork() {
        return new Rng(mix(nextLong()));
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** Uniform integer in [0, n). */
    int nextInt(int n) {
        return (int) Math.floorMod(nextLong(), (long) n);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal (Box-Muller). */
    double gaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Normal with this mean and standard deviation, clipped to [lo, hi]. */
    double gaussian(double mean, double sd, double lo, double hi) {
        return Math.max(lo, Math.min(hi, mean + sd * gaussian()));
    }

    /** +1 or -1 with equal probability. */
    double sign() {
        return chance(0.5) ? 1 : -1;
    }

    /** A uniformly distributed unit vector. */
    Vector3D unitVector() {
        double z = uniform(-1, 1);
        double phi = uniform(0, 2 * Math.PI);
        double r = Math.sqrt(1 - z * z);
        return new Vector3D(r * Math.cos(phi), r * Math.sin(phi), z);
    }

    /** A uniformly distributed rotation (Shoemake 1992). */
    Quaternion rotation() {
        double u1 = nextDouble(), u2 = nextDouble(), u3 = nextDouble();
        double a = Math.sqrt(1 - u1), b = Math.sqrt(u1);
        return new Quaternion(a * Math.sin(2 * Math.PI * u2), a * Math.cos(2 * Math.PI * u2),
                b * Math.sin(2 * Math.PI * u3), b * Math.cos(2 * Math.PI * u3));
    }
}
