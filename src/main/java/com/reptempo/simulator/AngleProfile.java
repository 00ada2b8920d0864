package com.reptempo.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * A rep's rotation angle over time, radians: a chain of minimum-jerk ramps and holds (a hold sways
 * gently but starts and ends exactly at its angle). Built piece by piece from a start time.
 */
final class AngleProfile {
    private record Piece(double t0, double t1, double a0, double a1, boolean hold, double sway_rad, double swayHz) {
        double at(double t) {
            double u = (t - t0) / (t1 - t0);
            if (!hold) return a0 + (a1 - a0) * MinimumJerk.position(u);
            return a0 + sway_rad * Math.sin(Math.PI * Math.max(0, Math.min(1, u))) * Math.sin(2 * Math.PI * swayHz * (t - t0));
        }
    }

    private final List<Piece> pieces;

    private AngleProfile(List<Piece> pieces) {
        this.pieces = List.copyOf(pieces);
    }

    /** Angle at {@code t_s}, radians; before the start and after the end, the end angles. */
    double angle_rad(double t_s) {
        Piece first = pieces.get(0);
        if (t_s <= first.t0) return first.a0;
        for (Piece p : pieces) {
            if (t_s <= p.t1) return p.at(t_s);
        }
        return pieces.get(pieces.size() - 1).a1;
    }

    double start_s() {
        return pieces.get(0).t0;
    }

    double end_s() {
        return pieces.get(pieces.size() - 1).t1;
    }

    /** Largest |angle| over the profile, radians (sampled every 5 ms plus every piece end). */
    double peak_rad() {
        double peak = 0;
        for (Piece p : pieces) {
            peak = Math.max(peak, Math.max(Math.abs(p.a0), Math.abs(p.a1)));
            for (double t = p.t0; t < p.t1; t += 0.005) peak = Math.max(peak, Math.abs(p.at(t)));
        }
        return peak;
    }

    /** Builds a profile from a start time and angle 0. */
    static final class Builder {
        private final List<Piece> pieces = new ArrayList<>();
        private double t_s;
        private double angle_rad;

        Builder(double start_s) {
            this.t_s = start_s;
        }

        /** Minimum-jerk movement to {@code to_rad} lasting {@code duration_s}. */
        Builder ramp(double duration_s, double to_rad) {
            pieces.add(new Piece(t_s, t_s + duration_s, angle_rad, to_rad, false, 0, 0));
            t_s += duration_s;
            angle_rad = to_rad;
            return this;
        }

        /** Keep the current angle for {@code duration_s}, swaying by up to {@code sway_rad} at {@code swayHz}. */
        Builder hold(double duration_s, double sway_rad, double swayHz) {
            pieces.add(new Piece(t_s, t_s + duration_s, angle_rad, angle_rad, true, sway_rad, swayHz));
            t_s += duration_s;
            return this;
        }

        double time_s() {
            return t_s;
        }

        double angle_rad() {
            return angle_rad;
        }

        AngleProfile build() {
            if (pieces.isEmpty()) throw new IllegalStateException("an angle profile needs at least one piece");
            return new AngleProfile(pieces);
        }
    }
}
