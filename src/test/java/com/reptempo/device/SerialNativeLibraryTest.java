package com.reptempo.device;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerialNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void createsAnOwnerOnlyDirectory() throws IOException {
        Path p = SerialNativeLibrary.privateDirectory(dir.resolve("a/b"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
    }

    @Test
    void refusesADirectoryOthersCanWrite() throws IOException {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> SerialNativeLibrary.privateDirectory(shared));
        assertTrue(e.getMessage().contains("other users"), e.getMessage());
    }

    @Test
    void theLibraryIsLoadedFromThePrivateDirectoryNotTheSharedTemp() throws IOException {
        Path lib = SerialNativeLibrary.prepare();
        assertEquals(lib.toString(), System.getProperty("jSerialComm.library.path"));
        assertTrue(lib.startsWith(Path.of(System.getProperty("user.home"))) || System.getenv("XDG_CACHE_HOME") != null);
        try (var files = Files.walk(lib)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().contains("jSerialComm")), "natives extracted");
        }
        SerialPorts.list();
    }
}
