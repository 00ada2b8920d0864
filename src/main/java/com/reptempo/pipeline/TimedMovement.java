package com.reptempo.pipeline;

/** A movement and its phase timing, kept while the pipeline waits for later movements to judge it. */
record TimedMovement(Excursion excursion, RepTiming timing) {
}
