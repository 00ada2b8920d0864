package com.reptempo.app.review;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent file tasks a few at a time (one thread per core, at most {@value #THREADS}), keeping their order. */
final class Parallel {
    /** Threads at most. */
    static final int THREADS = 4;

    /** One task: may fail with an I/O problem. */
    interface Task<T, R> {
        R apply(T item) throws IOException;
    }

    private Parallel() {
    }

    /** {@code task} applied to every item; the first failure is thrown (the others are cancelled). */
    static <T, R> List<R> map(List<T> items, String threadName, Task<T, R> task) throws IOException {
        int threads = Math.max(1, Math.min(THREADS, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> running = new ArrayList<>(items.size());
            for (T item : items) running.add(pool.submit(() -> task.apply(item)));
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> f : running) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(threadName + " was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
