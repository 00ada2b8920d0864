package com.reptempo.ui.review;

import com.reptempo.app.review.Progress;

import javax.swing.SwingUtilities;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The review screens' slow work (reading, re-analysing, writing) on one worker thread of their
 * own, with progress in a {@link ProgressView}; results, failures and cancellations are handed
 * back on the EDT. Start work on the EDT.
 */
final class BackgroundWork {
    /** Work done off the EDT, reporting progress. */
    interface Task<T> {
        T run(Progress progress) throws IOException;
    }

    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DROPPED = 2;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "review-background");
        t.setDaemon(true);
        return t;
    });

    /**
     * Runs {@code task} with progress in {@code view}; {@code done} gets the result. A failure is
     * shown in {@code view} and {@code failed} runs.
     */
    <T> void run(ProgressView view, String what, Task<T> task, Consumer<T> done, Runnable failed) {
        submit(view, what, task, done, failed, null);
    }

    /**
     * Like {@link #run}, with a Cancel button in {@code view}: it calls {@code stop} (the task may
     * then return early with what it has, which {@code done} gets) and interrupts the worker; a
     * task that then fails, or had not started, ends as "Cancelled" and {@code failed} runs.
     */
    <T> void cancellable(ProgressView view, String what, Task<T> task, Consumer<T> done, Runnable failed, Runnable stop) {
        submit(view, what, task, done, failed, stop);
    }

    private <T> void submit(ProgressView view, String what, Task<T> task, Consumer<T> done, Runnable failed, Runnable stop) {
        AtomicInteger state = new AtomicInteger(QUEUED);
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<Future<?>> future = new AtomicReference<>();
        view.start(what, stop == null ? null : () -> {
            cancelled.set(true);
            stop.run();
            if (future.get() != null) future.get().cancel(true);
            if (state.compareAndSet(QUEUED, DROPPED)) {
                view.finish("Cancelled", false);
                failed.run();
            }
        });
        future.set(worker.submit(() -> {
            if (!state.compareAndSet(QUEUED, RUNNING)) return;
            try {
                T result = task.run((d, t, w) -> SwingUtilities.invokeLater(() -> view.update(d, t, w)));
                SwingUtilities.invokeLater(() -> done.accept(result));
            } catch (IOException | RuntimeException e) {
                // any failure, a bug included, ends the progress with its message instead of leaving it spinning
                String m = cancelled.get() ? "Cancelled" : "Failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                SwingUtilities.invokeLater(() -> {
                    view.finish(m, !cancelled.get());
                    failed.run();
                });
            }
        }));
    }

    /** Stops the worker thread (the window is closing). */
    void close() {
        worker.shutdownNow();
    }
}
