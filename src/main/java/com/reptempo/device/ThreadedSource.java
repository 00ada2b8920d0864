package com.reptempo.device;

import com.reptempo.model.LinkStats;

/**
 * The thread lifecycle every {@link SampleSource} shares: one reader thread started by
 * {@link #start}, a volatile closed flag it polls, state and statistics published for other
 * threads, and {@link #close} that stops the thread and waits for it.
 */
abstract class ThreadedSource implements SampleSource {
    private static final long JOIN_MS = 2000;

    private final String threadName;
    private volatile boolean closed;
    private volatile LinkState state = LinkState.CONNECTING;
    private volatile LinkStats stats = LinkStats.EMPTY;
    private Thread thread;

    ThreadedSource(String threadName) {
        this.threadName = threadName;
    }

    /** The reader loop: runs on the source's thread until done or {@link #closed()}. */
    abstract void run(SourceListener listener);

    @Override
    public final synchronized void start(SourceListener listener) {
        if (thread != null) throw new IllegalStateException("already started");
        thread = new Thread(() -> run(listener), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    final boolean closed() {
        return closed;
    }

    /** Marks the source closed from inside its own loop (e.g. interrupted). */
    final void markClosed() {
        closed = true;
    }

    final void publish(LinkStats s) {
        stats = s;
    }

    /** Records the new state and tells the listener. */
    final void setState(SourceListener listener, LinkState s, String message) {
        state = s;
        listener.onStateChanged(s, message);
    }

    @Override
    public final LinkStats stats() {
        return stats;
    }

    @Override
    public final LinkState state() {
        return state;
    }

    @Override
    public final void close() {
        closed = true;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(JOIN_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
