package com.reptempo.pipeline;

/**
 * The set's first short movement ({@link Verdict#PENDING}), before any rep founds the typical one:
 * a rep if it is about as big as the next rep that is not a pelvis outlier, an attempt given up if
 * it is much smaller (below {@link GivenUpRules#ABANDONED_RANGE} of it), or, in an exercise on
 * alternating sides, if the next rep is of the same leg ({@link SideClassifier#sameLegAlone}) and
 * no rep came between (a pelvis outlier counted meanwhile, not the evidence, was the other leg's,
 * fresh16 16036, fresh29 29036): she alternates, so a first rep is followed by the other leg's,
 * while an attempt given up is tried again at once with the same leg (read 0.71 of that rep,
 * fresh27 27036). Still waiting at the
 * end of the set, nothing says it was not a rep: counted.
 */
final class PendingFirstMovement extends WaitingMovement {
    @Override
    boolean wasRep(TimedMovement timed, Excursion next, SideClassifier sides) {
        Excursion waited = timed.excursion();
        return aboutAsBig(waited.peak_deg(), next.peak_deg()) && !(sides.noRepYet() && sides.sameLegAlone(waited, next));
    }

    /** True unless the next rep (peak above 0) is much bigger: below {@link GivenUpRules#ABANDONED_RANGE} of it. */
    static boolean aboutAsBig(double peak_deg, double nextPeak_deg) {
        return !(nextPeak_deg > 0 && peak_deg < GivenUpRules.ABANDONED_RANGE * nextPeak_deg);
    }

    @Override
    boolean repAtEndOfSet() {
        return true;
    }

    @Override
    Verdict droppedAs() {
        return Verdict.ABANDONED;
    }
}
