package com.reptempo.app.review;

import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.Session;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.storage.session.SessionSummary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the review screens know about a library: every readable session (its summary and its
 * trend point, both from session.json alone, so no samples are read) and one message per file
 * that could not be read. Immutable: made on a worker thread, handed to the screen.
 *
 * @param root     the library folder
 * @param entries  the sessions, oldest first
 * @param problems one message per unreadable file
 */
public record LibraryIndex(Path root, List<Entry> entries, List<String> problems) {
    /** One session: its listing line, its point on the trend chart, and session.json itself (sets and results as recorded; no samples). */
    public record Entry(SessionSummary summary, TrendPoint trend, Session session) {
        public String patient() {
            return summary.patient();
        }

        public LocalDate day() {
            return summary.startedAt().toLocalDate();
        }
    }

    public LibraryIndex {
        Objects.requireNonNull(root, "root");
        entries = entries.stream().sorted(Comparator.comparing((Entry e) -> e.summary().startedAt().toInstant())
                .thenComparing(e -> e.summary().id())).toList();
        problems = List.copyOf(problems);
    }

    /** A library with nothing read yet. */
    public static LibraryIndex empty(Path root) {
        return new LibraryIndex(root, List.of(), List.of());
    }

    /**
     * Reads every session file's session.json, a few files at a time, reporting progress per
     * file; damaged files are listed as problems.
     */
    public static LibraryIndex scan(SessionLibrary library, Progress progress) throws IOException {
        return scan(library, f -> true, progress);
    }

    /**
     * Like {@link #scan(SessionLibrary, Progress)}, reading only the files {@code worthReading} accepts
     * (a quick test on the file name; what is read is still checked by the caller).
     */
    public static LibraryIndex scan(SessionLibrary library, java.util.function.Predicate<Path> worthReading, Progress progress)
            throws IOException {
        List<Path> files = library.files().stream().filter(worthReading).toList();
        AtomicInteger done = new AtomicInteger();
        List<Object> read = Parallel.map(files, "library-scan", f -> {
            try {
                Session s = library.reader().readSession(f);
                return new Entry(SessionSummary.of(f, s), TrendPoint.of(s), s);
            } catch (SampleFileException e) {
                return e.getMessage();
            } finally {
                progress.update(done.incrementAndGet(), files.size(), "reading " + f.getFileName());
            }
        });
        List<Entry> entries = new ArrayList<>(files.size());
        List<String> problems = new ArrayList<>();
        for (Object x : read) {
            if (x instanceof Entry e) entries.add(e);
            else problems.add((String) x);
        }
        return new LibraryIndex(library.root(), entries, problems);
    }

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("(\\d{8})-\\d{6}-[0-9A-Za-z]+_(.+)\\.rtsession");

    /**
     * A quick test on library file names ({@code <yyyyMMdd-HHmmss-xxxx>_<patient>.rtsession}): false only
     * when the name shows another patient or a day more than one day outside the range. Names of
     * another shape are always worth reading.
     */
    public static java.util.function.Predicate<Path> mayHold(String patient, LocalDate from, LocalDate to) {
        return f -> {
            java.util.regex.Matcher m = NAME.matcher(f.getFileName().toString());
            if (!m.matches()) return true;
            if (!m.group(2).equals(patient)) return false;
            LocalDate day;
            try {
                day = LocalDate.parse(m.group(1), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            } catch (java.time.format.DateTimeParseException e) {
                return true;
            }
            return (from == null || !day.isBefore(from.minusDays(1))) && (to == null || !day.isAfter(to.plusDays(1)));
        };
    }



    /** The pseudonyms of the patients with sessions, sorted. */
    public List<String> patients() {
        return entries.stream().map(Entry::patient).distinct().sorted().toList();
    }

    /** A patient's sessions between two days (both included; null is open), oldest first. */
    public List<Entry> sessions(String patient, LocalDate from, LocalDate to) {
        return entries.stream().filter(e -> e.patient().equals(patient))
                .filter(e -> from == null || !e.day().isBefore(from))
                .filter(e -> to == null || !e.day().isAfter(to)).toList();
    }
}
