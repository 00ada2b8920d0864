package com.reptempo.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real file channel whose {@link #force} waits until the test opens a gate (a disk whose sync
 * takes as long as the test likes) or fails with a given error (a full or removed disk).
 * Everything else goes straight to the file.
 */
final class GatedFileChannel extends FileChannel {
    private final FileChannel file;
    private final CountDownLatch gate;
    private final IOException forceFails;
    private final AtomicInteger forcesStarted;

    /**
     * @param gate          force waits for it (at most a minute)
     * @param forceFails    thrown by force once the gate opens, or null
     * @param forcesStarted counts the forces begun
     */
    GatedFileChannel(FileChannel file, CountDownLatch gate, IOException forceFails, AtomicInteger forcesStarted) {
        this.file = file;
        this.gate = gate;
        this.forceFails = forceFails;
        this.forcesStarted = forcesStarted;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        forcesStarted.incrementAndGet();
        try {
            if (!gate.await(1, TimeUnit.MINUTES)) throw new IOException("the test's gate never opened");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (forceFails != null) throw forceFails;
        file.force(metaData);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return file.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        return file.read(dsts, offset, length);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return file.write(src);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        return file.write(srcs, offset, length);
    }

    @Override
    public long position() throws IOException {
        return file.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        file.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        file.truncate(size);
        return this;
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        return file.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        return file.transferFrom(src, position, count);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return file.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        return file.write(src, position);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        return file.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return file.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return file.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        file.close();
    }
}
