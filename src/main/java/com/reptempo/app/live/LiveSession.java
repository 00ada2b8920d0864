package com.reptempo.app.live;

import com.reptempo.app.SessionRecorder;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.Routine;
import com.reptempo.model.SetResult;
import com.reptempo.storage.session.Prescription;
import com.reptempo.storage.session.Pseudonyms;
import com.reptempo.storage.session.SessionLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Today's session as it is being done: records everything the sensor sends into the session
 * library as it arrives (crash-safe), with the patient's prescription in force, each set's result,
 * pain and notes, and saves the portable session file at the end. Swing-free; the methods that
 * write files should be called off the event thread.
 */
public final class LiveSession {
    private final SessionLibrary library;
    private final Routine routine;
    private final SensorLink link;
    private final Clock clock;
    private SessionRecorder recorder;
    private String patient;

    public LiveSession(SessionLibrary library, Routine routine, SensorLink link, Clock clock) {
        this.library = library;
        this.routine = routine;
        this.link = link;
        this.clock = clock;
    }

    /** True once recording has begun. */
    public synchronized boolean recording() {
        return recorder != null;
    }

    /**
     * Starts recording (once; later calls do nothing).
     *
     * @throws IllegalArgumentException when the pseudonym is not acceptable (the message says why)
     */
    public synchronized void begin(String pseudonym, int painBefore) throws IOException {
        if (recorder != null) return;
        patient = Pseudonyms.check(pseudonym.trim());
        Prescription prescription = library.prescription(patient, routine).orElse(null);
        SourceChoice c = link.choice();
        recorder = SessionRecorder.start(library, new SessionRecorder.Start(patient, painBefore, prescription,
                c == null ? "unknown" : c.describe()), clock, RandomGenerator.getDefault(), () -> link.status().stats());
        link.recordWith(recorder);
    }

    /** The exercise as this patient's prescription sets it (targets, thresholds). */
    public synchronized ExerciseDefinition inForce(ExerciseDefinition exercise) {
        return recorder == null ? exercise : recorder.inForce(exercise);
    }

    public synchronized void beginSet(ExerciseDefinition exercise) throws IOException {
        if (recorder != null) recorder.beginSet(exercise);
    }

    public synchronized void endSet(SetResult result) throws IOException {
        if (recorder != null) recorder.endSet(result);
    }

    /** Flushes samples and the journal; call every ~30 s. */
    public synchronized void checkpoint() throws IOException {
        if (recorder != null) recorder.checkpoint();
    }

    /** Saves the session file with pain and notes; returns where. Null when nothing was recorded. */
    public synchronized Path finish(int painBefore, int painAfter, String notes) throws IOException {
        if (recorder == null) return null;
        link.recordWith(null);
        recorder.setPainAndNotes(painBefore, painAfter, notes);
        Path file = recorder.finish();
        recorder = null;
        return file;
    }

    /** Stops recording without saving (the work folder stays for recovery). */
    public synchronized void abandon() throws IOException {
        if (recorder == null) return;
        link.recordWith(null);
        recorder.close();
        recorder = null;
    }

    public synchronized String patient() {
        return patient;
    }
}
