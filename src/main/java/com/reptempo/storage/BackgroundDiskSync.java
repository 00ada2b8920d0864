package com.reptempo.storage;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Forces files to the disk on a thread of its own, so that whoever writes them (the sensor's
 * reader thread) never waits for a slow disk's sync. A force covers everything written to the
 * operating system before it was {@link #request requested}; a request made while a force runs is
 * remembered and served by one more force right after it, so nothing written waits for more than
 * the force under way plus its own. The first failure is kept and given to the writer by
 * {@link #failure()}; later requests are then ignored (the recording is stopping anyway).
 * <p>
 * Thread-safe. The thread is a daemon made on the first request and ended by {@link #close()}: a
 * program that exits without closing loses at most what a crash would (the operating system keeps
 * what was written and puts it on the disk itself).
 */
final class BackgroundDiskSync implements AutoCloseable {
    private final String threadName;
    private ExecutorService thread;
    private List<FileChannel> channels = List.of();
    private boolean running;
    private boolean again;
    private boolean closed;
    private int forces;
    private IOException failure;

    /** @param threadName the name of the forcing thread (shown in thread dumps) */
    BackgroundDiskSync(String threadName) {
        this.threadName = threadName;
    }

    /** Asks for {@code toForce} to be forced to the disk; returns at once. */
    synchronized void request(List<FileChannel> toForce) {
        if (closed || failure != null || toForce.isEmpty()) return;
        channels = List.copyOf(toForce);
        if (running) {
            again = true;
            return;
        }
        running = true;
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            });
        }
        thread.execute(this::forceUntilNoneWanted);
    }

    /** The first failure of a background force, or null. */
    synchronized IOException failure() {
        return failure;
    }

    /** How many background forces completed. */
    synchronized int forces() {
        return forces;
    }

    /** Waits until no force is under way or wanted, then ends the thread; idempotent. */
    @Override
    public void close() throws InterruptedIOException {
        synchronized (this) {
            closed = true;
            try {
                while (running) wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while the recording was being forced to the disk");
            }
        }
        if (thread != null) thread.shutdown();
    }

    private void forceUntilNoneWanted() {
        while (true) {
            List<FileChannel> now;
            synchronized (this) {
                now = channels;
                again = false;
            }
            IOException failed = null;
            try {
                for (FileChannel c : now) c.force(false);
            } catch (IOException e) {
                failed = e;
            } catch (RuntimeException e) {
                failed = new IOException(e.toString(), e);
            }
            synchronized (this) {
                if (failed != null) {
                    failure = failed;
                } else {
                    forces++;
                }
                if (failed != null || !again) {
                    running = false;
                    notifyAll();
                    return;
                }
            }
        }
    }
}
