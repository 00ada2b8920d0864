package com.reptempo.ui.review;

import com.reptempo.app.review.LibraryReview;
import com.reptempo.app.review.TrendSeries;
import org.jfree.chart.JFreeChart;

import javax.swing.BorderFactory;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.List;

/** A patient's sessions over dates: the trend chart and the sessions it is made of. */
final class TrendsPanel extends JPanel {
    private final ReviewScreens screens;
    private final JLabel title = Widgets.title(" ");
    private final JLabel note = Widgets.label(" ", 13f);
    final ChartView chart = new ChartView();
    private final SessionTableModel sessions = new SessionTableModel();
    private final ProgressView progress = new ProgressView();

    TrendsPanel(ReviewScreens screens) {
        super(new BorderLayout(8, 8));
        this.screens = screens;
        setBorder(BorderFactory.createEmptyBorder(10, 16, 10, 16));
        JPanel head = new JPanel(new BorderLayout());
        JPanel text = new JPanel(new java.awt.GridLayout(0, 1));
        text.add(title);
        text.add(note);
        head.add(text, BorderLayout.CENTER);
        JPanel nav = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        nav.add(Widgets.button("← Library", e -> screens.showScreen(ReviewScreens.LIBRARY)));
        head.add(nav, BorderLayout.NORTH);
        add(head, BorderLayout.NORTH);
        add(chart, BorderLayout.CENTER);
        JTable table = Widgets.table(sessions);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(300, 150));
        JPanel bottom = new JPanel(new BorderLayout(0, 6));
        bottom.add(scroll, BorderLayout.CENTER);
        JPanel row = new JPanel(new BorderLayout());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        buttons.add(Widgets.button("Save chart (PNG + SVG)…", e -> chooseFolder()));
        buttons.add(Widgets.primary("PDF report…", e -> ReportActions.chooseAndWrite(screens, progress, ReportActions.Scope.LIBRARY)));
        row.add(progress, BorderLayout.CENTER);
        row.add(buttons, BorderLayout.EAST);
        bottom.add(row, BorderLayout.SOUTH);
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
        note.setText(t.points().size() + " session(s). On tempo: share of reps with every phase on tempo. Results as recorded"
                + " (open a session to re-analyse it).");
        chart.setChart(t.isEmpty() ? null : TrendChart.build(t, ChartPalette.screen()));
        sessions.show(r.entries());
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
        JFreeChart c = TrendChart.build(t, ChartPalette.print());
        Path png = dir.resolve(t.patient() + "_trends.png");
        Path svg = dir.resolve(t.patient() + "_trends.svg");
        screens.background(progress, "Saving the chart…", p -> {
            ChartFiles.png(c, png, 1000, 620);
            ChartFiles.svg(c, svg, 1000, 620);
            return List.of(png, svg);
        }, files -> progress.finish("Saved " + png.getFileName() + " and " + svg.getFileName() + " in " + dir, false), () -> { });
    }
}
