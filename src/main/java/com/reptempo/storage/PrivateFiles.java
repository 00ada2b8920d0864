package com.reptempo.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates files readable by their owner only on POSIX systems: recordings are health data. */
public final class PrivateFiles {
    private PrivateFiles() {
    }

    /** True when the file system of {@code dir} has POSIX permissions. */
    public static boolean posix(Path dir) throws IOException {
        Path d = dir.toAbsolutePath();
        while (d != null && !Files.exists(d)) d = d.getParent();
        return d != null && Files.getFileStore(d).supportsFileAttributeView("posix");
    }

    /**
     * Opens a new file (mode 0600) for writing.
     *
     * @throws FileAlreadyExistsException when it exists and {@code overwrite} is false
     */
    public static OutputStream create(Path file, boolean overwrite) throws IOException {
        prepare(file, overwrite);
        return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /**
     * Opens a new file (mode 0600) for writing as a channel, for a writer that must force its
     * content to the disk now and then ({@link FileChannel#force}).
     *
     * @throws FileAlreadyExistsException when it exists and {@code overwrite} is false
     */
    public static FileChannel createChannel(Path file, boolean overwrite) throws IOException {
        prepare(file, overwrite);
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    private static void prepare(Path file, boolean overwrite) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (Files.exists(file) && !overwrite) {
            throw new FileAlreadyExistsException(file.toString(), null, "already exists; choose another name or remove it first");
        }
        if (posix(parent)) {
            if (!Files.exists(file)) Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            else Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
