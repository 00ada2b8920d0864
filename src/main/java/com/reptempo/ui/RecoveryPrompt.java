package com.reptempo.ui;

import com.reptempo.app.RecoverSession;
import com.reptempo.app.RecoveryCandidate;
import com.reptempo.app.RecoveryFinder;
import com.reptempo.app.SessionPipeline;
import com.reptempo.storage.session.SessionLibrary;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * At start-up: finds sessions interrupted by a crash, a kill or a power cut, and offers to recover
 * them. Looking and recovering run in the background; only the question is asked on the EDT.
 */
final class RecoveryPrompt {
    private final SessionLibrary library;
    private final Executor background;
    private final MainWindow window;

    RecoveryPrompt(SessionLibrary library, Executor background, MainWindow window) {
        this.library = library;
        this.background = background;
        this.window = window;
    }

    void offer() {
        background.execute(() -> {
            List<RecoveryCandidate> found;
            try {
                found = new RecoveryFinder(library).find();
            } catch (IOException e) {
                notice("Could not look for interrupted sessions: " + e.getMessage());
                return;
            }
            if (!found.isEmpty()) SwingUtilities.invokeLater(() -> ask(found));
        });
    }

    private void ask(List<RecoveryCandidate> found) {
        String question = (found.size() == 1 ? "A session" : found.size() + " sessions")
                + " did not finish properly (the program or the computer stopped), the latest from "
                + found.get(0).startedAt().toLocalDate() + ". Recover " + (found.size() == 1 ? "it" : "them")
                + " now? Everything up to the last second is kept.";
        int answer = JOptionPane.showConfirmDialog(window, question, "Recover interrupted session", JOptionPane.YES_NO_OPTION);
        if (answer != JOptionPane.YES_OPTION) return;
        background.execute(() -> {
            try {
                List<RecoverSession.Outcome> out = new RecoverSession(library, SessionPipeline.current()).recoverAll();
                notice("Recovered " + out.size() + " session(s).");
            } catch (IOException e) {
                notice("Recovery failed: " + e.getMessage() + " (the recordings are left untouched).");
            }
        });
    }

    private void notice(String text) {
        SwingUtilities.invokeLater(() -> window.showNotice(text));
    }
}
