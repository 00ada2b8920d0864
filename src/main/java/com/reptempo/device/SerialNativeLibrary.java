package com.reptempo.device;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Puts jSerialComm's native library where only this user can write before jSerialComm loads it.
 *
 * <p>By default jSerialComm extracts its library to {@code ${java.io.tmpdir}/jSerialComm/} with
 * world-writable permissions, so another local user could swap it for their own code. Instead we
 * extract the library's platform folders from the jar into
 * {@code ~/.cache/reptempo/jSerialComm/<version>/} (mode 0700, checked to be owned by us and not
 * writable by group or others) and point {@code jSerialComm.library.path} at it. Must run before
 * the first use of {@code SerialPort}.
 */
public final class SerialNativeLibrary {
    static final String PROPERTY = "jSerialComm.library.path";
    private static final Set<String> PLATFORM_DIRS = Set.of("Linux/", "Windows/", "OSX/", "FreeBSD/", "Solaris/", "Android/");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private SerialNativeLibrary() {
    }

    /**
     * Prepares the library once per JVM; later calls return the same directory.
     *
     * @return the directory jSerialComm will load from
     * @throws IOException with a message for the user when no private directory can be made
     */
    public static synchronized Path prepare() throws IOException {
        String existing = System.getProperty(PROPERTY);
        if (existing != null) return Path.of(existing);
        Path jar = jSerialCommJar();
        String version = jar.getFileName().toString().replaceAll("\\.jar$", "");
        Path dir = privateDirectory(cacheRoot().resolve("jSerialComm").resolve(version));
        extract(jar, dir);
        System.setProperty(PROPERTY, dir.toString());
        return dir;
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("reptempo");
    }

    private static Path jSerialCommJar() throws IOException {
        try {
            var source = com.fazecast.jSerialComm.SerialPort.class.getProtectionDomain().getCodeSource();
            if (source == null) throw new IOException("cannot locate the jSerialComm library in the program");
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the jSerialComm library in the program", e);
        }
    }

    /** Creates {@code dir} (0700) or checks an existing one; refuses directories others could write. */
    static Path privateDirectory(Path dir) throws IOException {
        boolean posix = Files.getFileStore(Files.exists(dir) ? dir : existingAncestor(dir))
                .supportsFileAttributeView("posix");
        if (!Files.exists(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            } else {
                Files.createDirectories(dir);
            }
        }
        if (posix) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
            boolean othersWrite = perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE);
            var owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS);
            var me = Files.getOwner(existingAncestor(Path.of(System.getProperty("user.home"))), LinkOption.NOFOLLOW_LINKS);
            if (othersWrite || Files.isSymbolicLink(dir) || !owner.equals(me)) {
                throw new AccessDeniedException(dir.toString(), null,
                        "the serial library folder can be changed by other users; remove it and start again");
            }
        }
        return dir;
    }

    private static Path existingAncestor(Path p) {
        Path a = p.toAbsolutePath();
        while (a != null && !Files.exists(a)) a = a.getParent();
        return a == null ? Path.of("/") : a;
    }

    private static void extract(Path jar, Path dir) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (e.isDirectory() || PLATFORM_DIRS.stream().noneMatch(name::startsWith) || name.contains("..")) continue;
                Path target = dir.resolve(name).normalize();
                if (!target.startsWith(dir)) continue;
                if (Files.exists(target) && Files.size(target) == e.getSize()) continue;
                privateDirectory(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), ".lib", ".part");
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }
}
