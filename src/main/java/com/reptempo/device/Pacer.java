package com.reptempo.device;

import java.util.function.BooleanSupplier;

/**
 * Holds a replay to the pace of its sample timestamps: sample time {@code t_s} is released at
 * wall time start + (t_s - t_first) / speed. Speed 0 means as fast as possible.
 */
final class Pacer {
    private final double speed;
    private final BooleanSupplier cancelled;
    private long start_ns;
    private double first_s = Double.NaN;

    Pacer(double speed, BooleanSupplier cancelled) {
        if (!(speed >= 0) || Double.isInfinite(speed)) throw new IllegalArgumentException("speed must be 0 (as fast as possible) or positive");
        this.speed = speed;
        this.cancelled = cancelled;
    }

    /** Waits until sample time {@code t_s} is due; returns false when cancelled meanwhile. */
    boolean await(double t_s) {
        if (speed == 0) return !cancelled.getAsBoolean();
        if (Double.isNaN(first_s)) {
            first_s = t_s;
            start_ns = System.nanoTime();
        }
        long due_ns = start_ns + (long) ((t_s - first_s) / speed * 1e9);
        while (true) {
            if (cancelled.getAsBoolean()) return false;
            long wait_ns = due_ns - System.nanoTime();
            if (wait_ns <= 0) return true;
            try {
                Thread.sleep(Math.min(wait_ns / 1_000_000, 50), (int) (Math.min(wait_ns, 50_000_000) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
