package com.reptempo.ui.review;

import com.reptempo.ui.Ui;

import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;

import static com.reptempo.ui.Ui.Scale.DESK;

/** The top of the library screen: which library is shown, and opening a file or another library. EDT. */
final class LibraryBar extends JPanel {
    private final ReviewScreens screens;
    private final JLabel where = Ui.label(" ", 13f);

    LibraryBar(ReviewScreens screens) {
        super(new BorderLayout());
        this.screens = screens;
        add(Ui.title("Review: sessions received", DESK), BorderLayout.NORTH);
        add(where, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        buttons.add(Ui.button("Open a session file…", DESK, e -> chooseFile()));
        buttons.add(Ui.button("Other library…", DESK, e -> chooseLibrary()));
        buttons.add(Ui.button("Refresh", DESK, e -> screens.reload()));
        add(buttons, BorderLayout.EAST);
    }

    void show(Path root) {
        where.setText("Library: " + root);
    }

    private void chooseFile() {
        JFileChooser c = new JFileChooser(screens.library().root().toFile());
        c.setFileFilter(new FileNameExtensionFilter("RepTempo sessions (*.rtsession)", "rtsession"));
        if (c.showOpenDialog(screens.parent()) == JFileChooser.APPROVE_OPTION) screens.openSession(c.getSelectedFile().toPath());
    }

    private void chooseLibrary() {
        JFileChooser c = new JFileChooser(screens.library().root().toFile());
        c.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (c.showOpenDialog(screens.parent()) == JFileChooser.APPROVE_OPTION) screens.useLibrary(c.getSelectedFile().toPath());
    }
}
