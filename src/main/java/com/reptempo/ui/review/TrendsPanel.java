package com.reptempo.ui.review;

import com.reptempo.app.review.LibraryReview;
import com.reptempo.app.review.ResultChoice;
import com.reptempo.app.review.TrendSeries;
import com.reptempo.ui.Ui;
import org.jfree.chart.JFreeChart;

import javax.swing.BorderFactory;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.util.List;

import static com.reptempo.ui.Ui.Scale.DESK;

/** A patient's sessions over dates: the trend chart and the sessions it is made of, with the results chosen. */
final class TrendsPanel extends JPanel {
    private final ReviewScreens screens;
    private final JLabel title = Ui.title(" ", DESK);
    private final JLabel note = Ui.label(" ", 13f);
    private final ResultToggle results;
    final ChartView chart = new ChartView();
    private final SessionTableModel sessions = new SessionTableModel();
    private final ProgressView progress = new ProgressView();

    TrendsPanel(ReviewScreens screens) {
        super(new BorderLayout(8, 8));
        this.screens = screens;
        setBorder(BorderFactory.createEmptyBorder(10, 16, 10, 16));
        JPanel head = new JPanel(new BorderLayout());
        JPanel text = new JPanel(new GridLayout(0, 1));
        text.add(title);
        text.add(note);
        head.add(text, BorderLayout.CENTER);
        JPanel nav = new JPanel(new BorderLayout());
        nav.add(Ui.button("← Library", DESK, e -> screens.showScreen(ReviewScreens.LIBRARY)), BorderLayout.WEST);
        results = new ResultToggle(c -> screens.reanalysis.choose(c, progress));
        nav.add(results, BorderLayout.EAST);
        head.add(nav, BorderLayout.NORTH);
        add(head, BorderLayout.NORTH);
        add(chart, BorderLayout.CENTER);
        JTable table = Ui.table(sessions, DESK);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(300, 150));
        JPanel bottom = new JPanel(new BorderLayout(0, 6));
        bottom.add(scroll, BorderLayout.CENTER);
        bottom.add(progress.withButtons(Ui.button("Save chart (PNG + SVG)…", DESK, e -> chooseFolder()),
                Ui.primary("PDF report…", DESK, e -> ReportActions.chooseAndWrite(screens, progress, ReportActions.Scope.LIBRARY))),
                BorderLayout.SOUTH);
        add(bottom, BorderLayout.SOUTH);
    }

    ProgressView progress() {
        return progress;
    }

    TrendSeries series() {
        return screens.libraryReview.trend();
    }

    /** Shows the chosen patient's trend over the chosen dates. EDT. */
    void render() {
        LibraryReview r = screens.libraryReview;
        TrendSeries t = r.trend();
        String range = r.from().map(d -> "from " + d + " ").orElse("") + r.to().map(d -> "to " + d).orElse("");
        title.setText("Trends: " + (t.patient().isEmpty() ? "no patient" : t.patient()) + (range.isEmpty() ? ", all dates" : ", " + range.trim()));
        note.setText(t.points().size() + " session(s); on tempo: share of reps with every phase on tempo. " + results(r));
        chart.setChart(t.isEmpty() ? null : TrendChart.build(t, ChartPalette.screen(), results(r)));
        sessions.show(r.entries(), r.points());
        results.show(r.results().choice(), true);
    }

    /** Which results are shown, in plain words. */
    private static String results(LibraryReview r) {
        if (r.results().shown(r.entries()) == ResultChoice.REANALYSED) return "Results re-analysed now with the current pipeline and prescription.";
        return r.results().busy() ? "Results as recorded until the re-analysis is done." : "Results as recorded.";
    }

    private void chooseFolder() {
        JFileChooser c = new JFileChooser();
        c.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (c.showSaveDialog(screens.parent()) == JFileChooser.APPROVE_OPTION) saveChart(c.getSelectedFile().toPath());
    }

    /** Saves the trend chart (print colours) as PNG and SVG into {@code dir} in the background. */
    void saveChart(Path dir) {
        TrendSeries t = series();
        if (t.isEmpty()) return;
        JFreeChart c = TrendChart.build(t, ChartPalette.print(), results(screens.libraryReview));
        String stem = t.patient() + "_trends";
        screens.work().run(progress, "Saving the chart…", p -> List.of(ChartFiles.png(c, dir.resolve(stem + ".png"), 1000, 620),
                ChartFiles.svg(c, dir.resolve(stem + ".svg"), 1000, 620)),
                files -> progress.finish("Saved " + stem + ".png and " + stem + ".svg in " + dir, false), () -> { });
    }
}
