package com.reptempo.storage.session;

import com.reptempo.storage.SampleFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rebuilds the session of an interrupted recording from its work folder: repairs the samples
 * CSV, reads the journal (or, when it is missing or damaged, keeps the samples under patient
 * "unknown"), fits the sets to the samples that survived and closes a set that was in progress.
 * Saving the result and removing the folder is the caller's job.
 */
public final class WorkFolderRecovery {
    /** Patient pseudonym used when the journal is lost. */
    public static final String UNKNOWN_PATIENT = "unknown";

    /**
     * A rebuilt session.
     *
     * @param session        the session, marked recovered, with the samples' summary
     * @param interruptedSet the set that was in progress (now closed at the last sample, without
     *                       a result), or null
     * @param note           what the recovery found, in plain words
     */
    public record Rebuilt(Session session, RecordedSet interruptedSet, String note) {
    }

    private WorkFolderRecovery() {
    }

    public static Rebuilt rebuild(WorkFolder folder) throws IOException {
        SampleCsvRepair.Report repair = SampleCsvRepair.repair(folder.samplesCsv());
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "recording interrupted; %d samples (%.1f s) recovered", repair.samples(),
                repair.summary().duration_s()));
        if (repair.droppedBytes() > 0) notes.add("an incomplete last line (" + repair.droppedBytes() + " bytes) was dropped");
        if (repair.problem() != null) notes.add("the samples file had a damaged line, samples after it were lost: " + repair.problem());
        SessionJournal journal;
        try {
            journal = folder.readJournal();
        } catch (SampleFileException e) {
            notes.add(e.getMessage() + "; patient and sets are unknown (patient '" + UNKNOWN_PATIENT + "')");
            journal = new SessionJournal(fallbackSession(folder), null);
        }
        double last = repair.samples() == 0 ? 0 : repair.last_s();
        List<RecordedSet> sets = new ArrayList<>();
        for (RecordedSet s : journal.session().sets()) {
            sets.add(s.end_s() <= last ? s : new RecordedSet(s.exercise(), s.start_s(), Math.max(s.start_s(), last), s.result()));
        }
        RecordedSet interrupted = null;
        SessionJournal.OpenSet open = journal.openSet();
        if (open != null) {
            interrupted = new RecordedSet(open.exercise(), open.start_s(), Math.max(open.start_s(), last), null);
            sets.add(interrupted);
            notes.add(String.format(Locale.ROOT, "the %s set in progress was closed at %.1f s", open.exercise().id(), interrupted.end_s()));
        }
        String note = String.join("; ", notes);
        Session session = journal.session().withSets(sets).withSamples(repair.summary())
                .withInfo(journal.session().info().asRecovered(note));
        return new Rebuilt(session, interrupted, note);
    }

    private static Session fallbackSession(WorkFolder folder) throws IOException {
        FileTime created = Files.getLastModifiedTime(folder.dir());
        ZonedDateTime at = created.toInstant().atZone(ZoneId.systemDefault());
        SessionInfo info = new SessionInfo(folder.id(), UNKNOWN_PATIENT, at, SessionOrigin.RECORDED, "", false, "", null, null,
                null, null, "", "");
        return new Session(info, SampleSummary.EMPTY, null, List.of());
    }
}
