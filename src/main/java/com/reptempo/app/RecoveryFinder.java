package com.reptempo.app;

import com.reptempo.storage.SampleFileException;
import com.reptempo.storage.session.Session;
import com.reptempo.storage.session.SessionIds;
import com.reptempo.storage.session.SessionLibrary;
import com.reptempo.storage.session.WorkFolder;
import com.reptempo.storage.session.WorkFolderRecovery;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds recordings that were interrupted (crash, kill, power cut): work folders in the library's
 * in-progress folder that no running recording holds locked. Finding changes nothing.
 */
public final class RecoveryFinder {
    private final SessionLibrary library;

    public RecoveryFinder(SessionLibrary library) {
        this.library = library;
    }

    /** The interrupted recordings, oldest first. */
    public List<RecoveryCandidate> find() throws IOException {
        List<RecoveryCandidate> found = new ArrayList<>();
        Path dir = library.inProgressFolder();
        if (!Files.isDirectory(dir)) return found;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path f : folders) {
                if (!SessionIds.valid(f.getFileName().toString())) continue;
                Optional<WorkFolder> locked = WorkFolder.tryLock(f);
                if (locked.isEmpty()) continue;
                try (WorkFolder w = locked.get()) {
                    found.add(describe(w));
                }
            }
        }
        found.sort(Comparator.comparing(RecoveryCandidate::id));
        return found;
    }

    private static RecoveryCandidate describe(WorkFolder w) throws IOException {
        long bytes = Files.exists(w.samplesCsv()) ? Files.size(w.samplesCsv()) : 0;
        try {
            Session s = w.readJournal().session();
            return new RecoveryCandidate(w.id(), w.dir(), s.info().patient(), s.info().startedAt(), bytes);
        } catch (SampleFileException e) {
            return new RecoveryCandidate(w.id(), w.dir(), WorkFolderRecovery.UNKNOWN_PATIENT, null, bytes);
        }
    }
}
