package com.reptempo.storage.session;

import com.reptempo.model.Routine;
import com.reptempo.model.Sample;
import com.reptempo.storage.SampleFileException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A folder of session files, one per session, named {@code <id>_<patient>.rtsession}:
 * <pre>
 * library/
 *   20250314-093012-7f3a_P-017.rtsession
 *   trash/                    deleted sessions (move them back to restore)
 *   in-progress/&lt;id&gt;/         recordings being written (see {@link WorkFolder})
 *   patients/&lt;pseudonym&gt;/prescription.json
 * </pre>
 * The index is made by scanning the folder and reading only each file's session.json. A file
 * that cannot be read is reported and skipped; nothing in the library is ever changed by reading.
 */
public final class SessionLibrary {
    public static final String TRASH = "trash";
    public static final String IN_PROGRESS = "in-progress";
    public static final String PATIENTS = "patients";
    public static final String PRESCRIPTION_FILE = "prescription.json";

    private final Path root;
    private final SessionFileReader reader;

    public SessionLibrary(Path root) {
        this(root, new SessionFileReader());
    }

    public SessionLibrary(Path root, SessionFileReader reader) {
        this.root = root.toAbsolutePath().normalize();
        this.reader = reader;
    }

    public Path root() {
        return root;
    }

    public SessionFileReader reader() {
        return reader;
    }

    /** Folder of recordings in progress. */
    public Path inProgressFolder() {
        return root.resolve(IN_PROGRESS);
    }

    public Path trashFolder() {
        return root.resolve(TRASH);
    }

    /** Where a session is stored in this library. */
    public Path fileFor(SessionInfo info) {
        return root.resolve(info.id() + "_" + info.patient() + SessionFileEntries.EXTENSION);
    }

    /** Saves a new session with samples held in memory; refuses when its id is already stored. */
    public Path save(Session session, List<Sample> samples) throws IOException {
        Path file = checkNew(session.info());
        SessionFileWriter.write(file, session, samples, false);
        return file;
    }

    /** Saves a new session whose samples (and capture) are files. */
    public Path save(Session session, Path samplesCsv, Path captureOrNull) throws IOException {
        Path file = checkNew(session.info());
        SessionFileWriter.write(file, session, samplesCsv, captureOrNull, false);
        return file;
    }

    /** Adds a session file from elsewhere (e.g. sent by e-mail) after reading it completely. */
    public Path adopt(Path sessionFile) throws IOException {
        SessionContents contents = reader.read(sessionFile);
        Path file = checkNew(contents.session().info());
        AtomicFiles.write(file, false, out -> Files.copy(sessionFile, out));
        return file;
    }

    private Path checkNew(SessionInfo info) throws IOException {
        Optional<Path> existing = find(info.id());
        if (existing.isPresent()) {
            throw new SampleFileException("the library already holds session " + info.id() + " (" + existing.get().getFileName()
                    + "); nothing was changed");
        }
        return fileFor(info);
    }

    /** Every session file in the library folder (not in trash or in progress). */
    public List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(root)) return files;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(root, "*" + SessionFileEntries.EXTENSION)) {
            for (Path p : dir) {
                if (!p.getFileName().toString().startsWith(".") && Files.isRegularFile(p)) files.add(p);
            }
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    /** The sessions matching {@code filter}, oldest first, and the files that could not be read. */
    public LibraryListing list(SessionFilter filter) throws IOException {
        List<SessionSummary> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files()) {
            try {
                SessionSummary s = SessionSummary.of(f, reader.readSession(f));
                if (filter.matches(s)) found.add(s);
            } catch (SampleFileException e) {
                problems.add(e.getMessage());
            }
        }
        found.sort(Comparator.comparing((SessionSummary s) -> s.startedAt().toInstant()).thenComparing(SessionSummary::id));
        return new LibraryListing(found, problems);
    }

    /** A patient's sessions, oldest first: their history. */
    public LibraryListing history(String patient) throws IOException {
        return list(SessionFilter.patient(Pseudonyms.check(patient)));
    }

    /**
     * The session file for an id, a unique start of an id, or a path to a file.
     *
     * @throws SampleFileException when nothing or more than one session matches
     */
    public Path resolve(String idOrFile) throws IOException {
        Path asPath = Path.of(idOrFile);
        if (idOrFile.endsWith(SessionFileEntries.EXTENSION) && Files.isRegularFile(asPath)) return asPath;
        Optional<Path> exact = find(idOrFile);
        if (exact.isPresent()) return exact.get();
        List<Path> matches = new ArrayList<>();
        for (Path f : files()) {
            if (f.getFileName().toString().startsWith(idOrFile)) matches.add(f);
        }
        if (matches.size() == 1) return matches.get(0);
        if (matches.isEmpty()) {
            throw new SampleFileException("no session '" + idOrFile + "' in " + root + " ('sessions list' shows the ids)");
        }
        throw new SampleFileException("'" + idOrFile + "' matches " + matches.size() + " sessions: "
                + matches.stream().map(p -> p.getFileName().toString()).toList() + "; give more of the id");
    }

    /** The file of the session with exactly this id, if the library holds it. */
    public Optional<Path> find(String id) throws IOException {
        for (Path f : files()) {
            if (f.getFileName().toString().startsWith(id + "_")) return Optional.of(f);
        }
        for (Path f : files()) {
            if (!f.getFileName().toString().contains("_")) {
                try {
                    if (reader.readSession(f).id().equals(id)) return Optional.of(f);
                } catch (SampleFileException e) {
                    // an unreadable file holds no session with this id; list() reports it
                    continue;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Moves a session to the trash folder (never deletes it); returns where it went.
     */
    public Path delete(String idOrFile) throws IOException {
        Path file = resolve(idOrFile);
        if (!file.toAbsolutePath().normalize().getParent().equals(root)) {
            throw new SampleFileException(file + " is not in the library " + root + "; only library sessions can be deleted");
        }
        AtomicFiles.createPrivateDirectories(trashFolder());
        String name = file.getFileName().toString();
        Path target = trashFolder().resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            target = trashFolder().resolve(name.replace(SessionFileEntries.EXTENSION, "") + "." + n + SessionFileEntries.EXTENSION);
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The folder of a patient (prescription). */
    public Path patientFolder(String patient) {
        return root.resolve(PATIENTS).resolve(Pseudonyms.check(patient));
    }

    /** The patient's current prescription, validated against {@code routine}, if one is set. */
    public Optional<Prescription> prescription(String patient, Routine routine) throws IOException {
        Path file = patientFolder(patient).resolve(PRESCRIPTION_FILE);
        if (!Files.exists(file)) return Optional.empty();
        Prescription p = PrescriptionJson.read(file, routine);
        if (!p.patient().equals(patient)) {
            throw new SampleFileException(file + " is for patient '" + p.patient() + "', not '" + patient + "'");
        }
        return Optional.of(p);
    }

    /** Sets a patient's prescription (replacing the previous one; sessions keep the one they were recorded with). */
    public Path savePrescription(Prescription p, Routine routine) throws IOException {
        try {
            p.applyTo(routine);
        } catch (IllegalArgumentException e) {
            throw new SampleFileException("prescription is not valid: " + e.getMessage(), e);
        }
        Path file = patientFolder(p.patient()).resolve(PRESCRIPTION_FILE);
        PrescriptionJson.write(file, p);
        return file;
    }
}
