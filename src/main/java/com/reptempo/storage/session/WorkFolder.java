package com.reptempo.storage.session;

import com.reptempo.storage.PrivateFiles;
import com.reptempo.storage.SampleFileException;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The folder of one recording in progress, {@code <library>/in-progress/<id>/}: samples.csv
 * and capture.rtraw written as samples arrive, journal.json rewritten atomically, and a lock
 * file held (an operating-system lock) for as long as the recording runs. A crash or kill -9
 * releases the lock, so a folder whose lock can be taken belongs to an interrupted recording.
 */
public final class WorkFolder implements Closeable {
    public static final String JOURNAL = "journal.json";
    public static final String LOCK = "lock";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private WorkFolder(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Creates the work folder of a new recording and locks it. */
    public static WorkFolder create(SessionLibrary library, String id) throws IOException {
        SessionIds.check(id);
        AtomicFiles.createPrivateDirectories(library.inProgressFolder());
        Path dir = library.inProgressFolder().resolve(id);
        try {
            if (PrivateFiles.posix(dir.getParent())) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(dir);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new SampleFileException("a recording " + id + " is already in progress in " + dir, e);
        }
        return tryLock(dir).orElseThrow(() -> new SampleFileException("cannot lock the new recording folder " + dir));
    }

    /**
     * Locks an existing work folder, or returns empty when a running recording holds it (in this
     * or another program).
     */
    public static Optional<WorkFolder> tryLock(Path dir) throws IOException {
        Path lockFile = dir.resolve(LOCK);
        if (!Files.exists(lockFile)) PrivateFiles.create(lockFile, false).close();
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            return Optional.empty();
        }
        return Optional.of(new WorkFolder(dir, ch, lock));
    }

    public Path dir() {
        return dir;
    }

    /** The folder's name: the session id. */
    public String id() {
        return dir.getFileName().toString();
    }

    public Path samplesCsv() {
        return dir.resolve(SessionFileEntries.SAMPLES_CSV);
    }

    public Path capture() {
        return dir.resolve(SessionFileEntries.CAPTURE);
    }

    public Path journalFile() {
        return dir.resolve(JOURNAL);
    }

    /** Makes sure samples.csv exists: a recording without any sample gets a header-only file. */
    public void ensureSamplesFile() throws IOException {
        if (Files.exists(samplesCsv())) return;
        try (java.io.OutputStream out = PrivateFiles.create(samplesCsv(), false)) {
            out.write((String.join(",", com.reptempo.storage.SampleCsvWriter.ACCEL_COLUMNS) + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Rewrites the journal atomically. */
    public void writeJournal(SessionJournal journal) throws IOException {
        byte[] json = JournalJson.write(journal);
        AtomicFiles.write(journalFile(), true, out -> out.write(json));
    }

    /** The journal, or a {@link SampleFileException} saying why it cannot be read. */
    public SessionJournal readJournal() throws IOException {
        if (!Files.exists(journalFile())) throw new SampleFileException("the recording journal " + JOURNAL + " is missing");
        if (Files.size(journalFile()) > SessionFileLimits.DEFAULT.maxJsonBytes()) {
            throw new SampleFileException("the recording journal is far too large to be one");
        }
        return JournalJson.read(Files.readAllBytes(journalFile()));
    }

    /** Removes the folder and everything in it (after its session was saved), then the lock. */
    public void deleteAll() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (!f.getFileName().toString().equals(LOCK)) Files.delete(f);
            }
        }
        close();
        Files.deleteIfExists(dir.resolve(LOCK));
        Files.delete(dir);
    }

    /** Releases the lock; the folder stays (an interrupted recording is recovered later). */
    @Override
    public void close() throws IOException {
        if (lockChannel.isOpen()) {
            lock.release();
            lockChannel.close();
        }
    }
}
