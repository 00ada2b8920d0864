package com.reptempo.storage.session;

import com.reptempo.storage.SampleFileException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens a session file read-only and refuses anything a session file never holds, before a byte
 * is inflated: a file far too large, a damaged or truncated archive, entry names that are not
 * plain known names (path traversal with "..", absolute paths, folders, duplicates), declared
 * sizes beyond the limits. While reading, the real inflated size, the compression ratio and the
 * CRC are checked too (headers can lie). Every refusal is a {@link SampleFileException} naming the
 * file and what is wrong.
 */
final class GuardedZip implements Closeable {
    private final Path file;
    private final ZipFile zip;
    private final SessionFileLimits limits;
    private final Map<String, ZipEntry> entries;
    private long inflatedTotal;

    private GuardedZip(Path file, ZipFile zip, SessionFileLimits limits, Map<String, ZipEntry> entries) {
        this.file = file;
        this.zip = zip;
        this.limits = limits;
        this.entries = entries;
    }

    static GuardedZip open(Path file, SessionFileLimits limits) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new SampleFileException(Files.isDirectory(file) ? file + " is a folder, not a session file"
                    : "no such session file: " + file);
        }
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw new SampleFileException(file + " is " + mb(size) + "; a session file is at most " + mb(limits.maxFileBytes())
                    + ": this is not a session file (refused without reading it)");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (NoSuchFileException e) {
            throw new SampleFileException("no such session file: " + file, e);
        } catch (ZipException e) {
            throw new SampleFileException(file + " is damaged or incomplete, or not a session file (not a complete zip archive: "
                    + e.getMessage() + ")", e);
        }
        try {
            return new GuardedZip(file, zip, limits, checkEntries(file, zip, size, limits));
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static Map<String, ZipEntry> checkEntries(Path file, ZipFile zip, long fileSize, SessionFileLimits limits)
            throws IOException {
        Map<String, ZipEntry> found = new HashMap<>();
        long declaredTotal = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            String name = e.getName();
            checkName(file, name, e.isDirectory());
            if (found.put(name, e) != null) throw new SampleFileException(file + " holds " + name + " twice: refused");
            long cap = cap(name, limits);
            if (e.getSize() > cap) {
                throw new SampleFileException(file + ": " + name + " would inflate to " + mb(e.getSize()) + ", more than the "
                        + mb(cap) + " any session holds: refused (a decompression bomb or not a session file)");
            }
            if (e.getCompressedSize() > fileSize) {
                throw new SampleFileException(file + " is damaged: " + name + " claims to be larger than the whole file");
            }
            declaredTotal += Math.max(0, e.getSize());
        }
        if (declaredTotal > limits.maxTotalBytes()) {
            throw new SampleFileException(file + " would inflate to " + mb(declaredTotal) + " in all, more than the "
                    + mb(limits.maxTotalBytes()) + " any session holds: refused");
        }
        if (!found.containsKey(SessionFileEntries.SESSION_JSON)) {
            throw new SampleFileException(file + " is not a RepTempo session file: it has no " + SessionFileEntries.SESSION_JSON);
        }
        return found;
    }

    private static void checkName(Path file, String name, boolean directory) throws SampleFileException {
        String n = name.replace('\\', '/');
        boolean traversal = n.equals("..") || n.startsWith("../") || n.contains("/../") || n.endsWith("/..");
        boolean absolute = n.startsWith("/") || (n.length() > 1 && n.charAt(1) == ':');
        if (traversal || absolute) {
            throw new SampleFileException(file + " holds an entry named '" + name + "' that points outside the archive ("
                    + (traversal ? "'..'" : "an absolute path") + "): refused as unsafe");
        }
        if (directory || n.contains("/")) {
            throw new SampleFileException(file + " holds a folder entry '" + name + "'; a session file holds only "
                    + String.join(", ", SessionFileEntries.ALL));
        }
        if (!SessionFileEntries.ALL.contains(name)) {
            throw new SampleFileException(file + " holds an unexpected entry '" + name + "'; a session file holds only "
                    + String.join(", ", SessionFileEntries.ALL));
        }
    }

    private static long cap(String name, SessionFileLimits limits) {
        return name.equals(SessionFileEntries.SESSION_JSON) ? limits.maxJsonBytes() : limits.maxEntryBytes();
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The declared uncompressed size, or -1 when absent. */
    long declaredSize(String name) {
        ZipEntry e = entries.get(name);
        return e == null ? -1 : e.getSize();
    }

    /** Streams one entry with the real-size, ratio and CRC checks. */
    InputStream open(String name) throws IOException {
        ZipEntry e = entries.get(name);
        if (e == null) throw new SampleFileException(file + " has no " + name);
        InputStream raw;
        try {
            raw = zip.getInputStream(e);
        } catch (ZipException ex) {
            throw new SampleFileException(file + " is damaged: " + name + " cannot be read (" + ex.getMessage() + ")", ex);
        }
        return new LimitedEntryStream(raw, this, name, e.getCompressedSize(), e.getCrc(), cap(name, limits), limits.maxRatio());
    }

    /** Counts bytes across entries for the total limit. */
    void inflated(String name, long n) throws SampleFileException {
        inflatedTotal += n;
        if (inflatedTotal > limits.maxTotalBytes()) {
            throw new SampleFileException(file + " inflates to more than " + mb(limits.maxTotalBytes())
                    + " in all (while reading " + name + "): refused");
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    static String mb(long bytes) {
        return bytes < (1 << 20) ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
