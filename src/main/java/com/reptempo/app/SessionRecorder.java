package com.reptempo.app;

import com.reptempo.device.LinkState;
import com.reptempo.device.SourceListener;
import com.reptempo.model.DeviceInfo;
import com.reptempo.model.ExerciseDefinition;
import com.reptempo.model.LinkStats;
import com.reptempo.model.Sample;
import com.reptempo.model.SetResult;
import com.reptempo.storage.CaptureWriter;
import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.Prescription;
import com.reptempo.storage.session.RecordedSet;
import com.reptempo.storage.session.SampleSummary;
import com.reptempo.storage.session.Session;
import com.reptempo.storage.session.SessionInfo;
import com.reptempo.storage.session.SessionJournal;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.storage.session.SessionOrigin;
import com.reptempo.storage.session.WorkFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Records a session crash-safely into a library. Attach it to a sample source as its listener
 * (or call the listener methods from the one that is): samples and raw bytes go to the work
 * folder's files as they arrive, flushed at least every second of sample time (and forced to the
 * disk every few seconds by the {@link CaptureWriter}'s own thread, never the reader's); sets, results and
 * metadata go to a journal rewritten atomically whenever they change, and on {@link #checkpoint()}
 * (call it from a timer, e.g. every 30 s, to keep the link statistics fresh: a journal write
 * forces the disk and takes milliseconds, so it never happens per sample on the reader thread).
 * {@link #finish} packs the session file atomically and removes the work folder; after a crash,
 * {@link RecoverSession} rebuilds the session from what is on disk (all but at most the last
 * second).
 * <p>
 * Threads: the listener methods are called from the source's reader thread; the set and finish
 * methods from any other (the UI's). Disk errors never reach the reader thread: they stop the
 * recording and show up in {@link Progress#problem()}.
 */
public final class SessionRecorder implements SourceListener, AutoCloseable {
    /**
     * What is known when a recording starts.
     *
     * @param patient      pseudonym
     * @param painBefore   0..10 or null
     * @param prescription the patient's prescription in force, or null for the routine's defaults
     * @param source       where the samples come from, e.g. the port name
     */
    public record Start(String patient, Integer painBefore, Prescription prescription, String source) {
    }

    /** A snapshot for the screen. */
    public record Progress(String id, long samples, double duration_s, String openExercise, int finishedSets, String problem) {
    }

    private final String id;
    private final SessionLibrary library;
    private final WorkFolder folder;
    private final CaptureWriter writer;
    private final Supplier<LinkStats> linkStats;
    private final Prescription prescription;
    private final Object lock = new Object();
    private final Object journalLock = new Object();
    private final List<RecordedSet> sets = new ArrayList<>();
    private SessionInfo info;
    private SessionJournal.OpenSet open;
    private long samples;
    private double first_s = Double.NaN;
    private double last_s = Double.NaN;
    private boolean gyro;
    private boolean ended;
    private volatile String problem;

    private SessionRecorder(SessionLibrary library, WorkFolder folder, SessionInfo info, Prescription prescription,
                            Supplier<LinkStats> linkStats) throws IOException {
        this.id = info.id();
        this.library = library;
        this.folder = folder;
        this.info = info;
        this.prescription = prescription;
        this.linkStats = linkStats;
        this.writer = new CaptureWriter(folder.samplesCsv(), folder.capture(), false);
    }

    /**
     * Starts a recording: creates and locks its work folder and writes the first journal.
     *
     * @param clock     the wall clock for the session's date (metadata only)
     * @param random    for the id's random part
     * @param linkStats the source's statistics (e.g. {@code source::stats}), read at journal writes
     */
    public static SessionRecorder start(SessionLibrary library, Start start, Clock clock, RandomGenerator random,
                                        Supplier<LinkStats> linkStats) throws IOException {
        Objects.requireNonNull(start, "start");
        if (start.prescription() != null && !start.prescription().patient().equals(start.patient())) {
            throw new IllegalArgumentException("the prescription is for " + start.prescription().patient() + ", not " + start.patient());
        }
        ZonedDateTime at = ZonedDateTime.now(clock);
        String id = SessionStore.newId(library, at, random);
        SessionInfo info = new SessionInfo(id, start.patient(), at, SessionOrigin.RECORDED, start.source(), false, "",
                null, null, start.painBefore(), null, "", SessionStore.appVersion());
        WorkFolder folder = WorkFolder.create(library, id);
        try {
            SessionRecorder r = new SessionRecorder(library, folder, info, start.prescription(), linkStats);
            r.writeJournal();
            return r;
        } catch (IOException | RuntimeException e) {
            folder.deleteAll();
            throw e;
        }
    }

    public String id() {
        return id;
    }

    /** The work folder (for messages). */
    public Path workFolder() {
        return folder.dir();
    }

    /** The exercise with the prescription in force applied: the targets this session judges by. */
    public ExerciseDefinition inForce(ExerciseDefinition routineExercise) {
        return prescription == null ? routineExercise : prescription.applyTo(routineExercise);
    }

    /** Starts a set at the latest sample's time (the prescription in force is applied). */
    public void beginSet(ExerciseDefinition exercise) throws IOException {
        synchronized (lock) {
            checkRunning();
            if (open != null) throw new IllegalStateException("a set of " + open.exercise().id() + " is in progress; end it first");
            open = new SessionJournal.OpenSet(inForce(exercise), samples == 0 ? 0 : last_s);
        }
        writeJournal();
    }

    /**
     * Ends the set in progress at the latest sample's time.
     *
     * @param result the live analysis of the set, or null when there is none
     */
    public void endSet(SetResult result) throws IOException {
        synchronized (lock) {
            checkRunning();
            if (open == null) throw new IllegalStateException("no set is in progress");
            double end = Math.max(open.start_s(), samples == 0 ? 0 : last_s);
            sets.add(new RecordedSet(open.exercise(), open.start_s(), end, result));
            open = null;
            writer.flush();
        }
        writeJournal();
    }

    /** Sets the pain ratings and notes (any time before {@link #finish}). */
    public void setPainAndNotes(Integer painBefore, Integer painAfter, String notes) throws IOException {
        synchronized (lock) {
            checkRunning();
            info = info.withPainAndNotes(painBefore, painAfter, notes);
        }
        writeJournal();
    }

    /**
     * Ends the recording: closes a set still in progress (without a result), packs the session
     * file into the library atomically and removes the work folder.
     *
     * @return the session file
     * @throws IOException when saving fails; the work folder is then kept for recovery
     */
    public Path finish() throws IOException {
        Session session;
        synchronized (lock) {
            checkRunning();
            if (open != null) {
                sets.add(new RecordedSet(open.exercise(), open.start_s(), Math.max(open.start_s(), samples == 0 ? 0 : last_s), null));
                open = null;
            }
            ended = true;
            try {
                writer.close();
                folder.ensureSamplesFile();
            } catch (IOException e) {
                folder.close();
                throw new SampleFileException("closing the samples file failed (" + e.getMessage() + "); the recording is kept in "
                        + folder.dir() + " and will be offered for recovery", e);
            }
            session = snapshot().session();
        }
        writeJournalQuietly(new SessionJournal(session, null));
        Path capture = Files.exists(folder.capture()) ? folder.capture() : null;
        Path file;
        try {
            file = library.save(session, folder.samplesCsv(), capture);
        } catch (IOException e) {
            folder.close();
            throw new SampleFileException("saving the session failed (" + e.getMessage() + "); the recording is kept in "
                    + folder.dir() + " and will be offered for recovery", e);
        }
        folder.deleteAll();
        return file;
    }

    /**
     * Stops without saving a session file: the files are flushed and closed and the work folder
     * stays, to be recovered later (what happens after a crash, but orderly). Idempotent.
     */
    @Override
    public void close() throws IOException {
        SessionJournal last;
        synchronized (lock) {
            if (ended) return;
            ended = true;
            last = snapshot();
        }
        try {
            writer.close();
            writeJournalQuietly(last);
        } finally {
            folder.close();
        }
    }

    public Progress progress() {
        synchronized (lock) {
            return new Progress(id, samples, samples < 2 ? 0 : last_s - first_s,
                    open == null ? null : open.exercise().id(), sets.size(), problem);
        }
    }

    /**
     * Flushes the samples to the operating system and rewrites the journal with the latest link
     * statistics and sample count (a no-op after the end). Call it from a wall-clock timer: it
     * also covers a sensor that stalls without saying so, when no new sample triggers a flush.
     */
    public void checkpoint() throws IOException {
        synchronized (lock) {
            if (ended) return;
            writer.flush();
        }
        writeJournal();
    }

    @Override
    public void onSample(Sample sample) {
        synchronized (lock) {
            if (ended || problem != null) return;
            try {
                writer.sample(sample);
            } catch (IOException e) {
                fail(e);
                return;
            }
            if (samples == 0) {
                first_s = sample.t_s();
                gyro = sample.hasGyro();
            }
            last_s = sample.t_s();
            samples++;
        }
    }

    @Override
    public void onRawBytes(byte[] bytes, int fromInclusive, int toExclusive) {
        synchronized (lock) {
            if (ended || problem != null) return;
            try {
                writer.rawBytes(bytes, fromInclusive, toExclusive);
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    @Override
    public void onDeviceInfo(DeviceInfo device) {
        synchronized (lock) {
            if (ended) return;
            info = info.withDevice(device, info.link());
        }
        writeJournalQuietly(null);
    }

    @Override
    public void onStateChanged(LinkState state, String message) {
        if (state == LinkState.CONNECTED) return;
        synchronized (lock) {
            if (ended || problem != null) return;
            try {
                writer.flush();
            } catch (IOException e) {
                fail(e);
                return;
            }
        }
        writeJournalQuietly(null);
    }

    private void checkRunning() {
        if (ended) throw new IllegalStateException("the recording " + id + " has ended");
    }

    private void fail(IOException e) {
        problem = "writing the recording failed: " + e.getMessage() + " (everything up to the last second is kept in "
                + folder.dir() + ")";
    }

    /** The journal as of now; call with {@link #lock} held. */
    private SessionJournal snapshot() {
        LinkStats link = linkStats == null ? info.link() : linkStats.get();
        SessionInfo now = info.withDevice(info.device(), link == null ? LinkStats.EMPTY : link);
        SampleSummary summary = SampleSummary.of(samples, first_s, last_s, gyro);
        return new SessionJournal(new Session(now, summary, prescription, sets), open);
    }

    private void writeJournal() throws IOException {
        synchronized (journalLock) {
            SessionJournal j;
            synchronized (lock) {
                j = snapshot();
            }
            folder.writeJournal(j);
        }
    }

    /** Writes {@code j} (or a fresh snapshot when null); a failure is shown as the recording's problem. */
    private void writeJournalQuietly(SessionJournal j) {
        try {
            if (j == null) writeJournal();
            else synchronized (journalLock) {
                folder.writeJournal(j);
            }
        } catch (IOException e) {
            fail(e);
        }
    }
}
