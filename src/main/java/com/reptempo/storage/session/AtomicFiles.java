package com.reptempo.storage.session;

import com.reptempo.storage.PrivateFiles;
import com.reptempo.storage.SampleFileException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that readers see either the old file or the complete new one, never a part:
 * the content goes to a hidden temporary file in the same folder (owner-only on POSIX), is
 * forced to the disk, and is then renamed over the target with {@code ATOMIC_MOVE}. On any
 * failure the temporary file is removed and the target is untouched.
 */
public final class AtomicFiles {
    /** Prefix of temporary files; folders scanned by the library skip names starting with '.'. */
    public static final String TEMP_PREFIX = ".";
    /** Suffix of temporary files. */
    public static final String TEMP_SUFFIX = ".tmp";

    /** Writes the content of a file to a stream; must not close it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @param replace true to replace an existing file; false refuses when the target exists
     */
    public static void write(Path target, boolean replace, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        createPrivateDirectories(dir);
        if (!replace && Files.exists(target)) {
            throw new SampleFileException(target + " already exists; it was left as it is");
        }
        Path tmp = createPrivateTemp(dir, TEMP_PREFIX + target.getFileName() + ".");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(new NonClosingOutputStream(out));
                out.flush();
                ch.force(true);
            }
            if (replace) Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            else Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            forceDirectory(dir);
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }

    /** Creates a folder and its missing parents, owner-only (rwx------) on POSIX. */
    public static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) return;
        if (PrivateFiles.posix(dir)) Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        else Files.createDirectories(dir);
    }

    /** Creates an empty owner-only temporary file in {@code dir}. */
    static Path createPrivateTemp(Path dir, String prefix) throws IOException {
        FileAttribute<?>[] attrs = PrivateFiles.posix(dir)
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        return Files.createTempFile(dir, prefix, TEMP_SUFFIX, attrs);
    }

    /** Makes the rename durable where the platform allows syncing a folder (POSIX). */
    private static void forceDirectory(Path dir) throws IOException {
        if (!PrivateFiles.posix(dir)) return;
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // The file is complete and renamed; some file systems cannot sync a folder. Durability
            // against power loss is then up to the file system, which is all this step adds.
            return;
        }
    }
}
