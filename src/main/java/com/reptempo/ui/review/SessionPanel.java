package com.reptempo.ui.review;

import com.reptempo.app.review.RepRows;
import com.reptempo.app.review.ResultChoice;
import com.reptempo.app.review.ReviewText;
import com.reptempo.app.review.SessionReview;
import com.reptempo.app.review.SetView;
import com.reptempo.storage.session.SessionInfo;
import com.reptempo.ui.Theme;
import org.jfree.chart.JFreeChart;

import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.ListSelectionModel;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One session: per set, the tempo chart, the form chart, the motion trace and the rep table;
 * clicking a rep anywhere highlights it everywhere. Renders {@link SessionReview}.
 */
final class SessionPanel extends JPanel {
    private final ReviewScreens screens;
    private final JLabel title = Widgets.title(" ");
    private final JLabel info = Widgets.label(" ", 13f);
    private final JLabel notes = Widgets.label(" ", 13f);
    private final JLabel source = Widgets.label(" ", 12f);
    private final JComboBox<String> set = new JComboBox<>();
    private final JToggleButton reanalysed = new JToggleButton("Re-analysed now");
    private final JToggleButton recorded = new JToggleButton("As recorded");
    final ChartView tempo = new ChartView();
    final ChartView form = new ChartView();
    final ChartView trace = new ChartView();
    private final RepTable reps = new RepTable();
    private final JTable table = Widgets.table(reps);
    private final ProgressView progress = new ProgressView();
    private boolean rendering;

    SessionPanel(ReviewScreens screens) {
        super(new BorderLayout(8, 8));
        this.screens = screens;
        setBorder(BorderFactory.createEmptyBorder(10, 16, 10, 16));
        JPanel head = new JPanel(new BorderLayout(12, 2));
        JPanel text = new JPanel(new GridLayout(0, 1));
        text.add(title);
        text.add(info);
        text.add(notes);
        text.add(source);
        head.add(text, BorderLayout.CENTER);
        JPanel controls = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        controls.add(Widgets.button("← Library", e -> screens.showScreen(ReviewScreens.LIBRARY)));
        controls.add(set);
        ButtonGroup g = new ButtonGroup();
        g.add(reanalysed);
        g.add(recorded);
        controls.add(reanalysed);
        controls.add(recorded);
        head.add(controls, BorderLayout.NORTH);
        add(head, BorderLayout.NORTH);
        set.setFont(Theme.font(Font.PLAIN, 14f));
        set.addActionListener(e -> {
            if (rendering || set.getSelectedIndex() < 0) return;
            screens.sessionReview.selectSet(set.getSelectedIndex());
            render();
        });
        reanalysed.addActionListener(e -> choose(ResultChoice.REANALYSED));
        recorded.addActionListener(e -> choose(ResultChoice.AS_RECORDED));

        JPanel grid = new JPanel(new GridLayout(2, 2, 8, 8));
        grid.add(tempo);
        grid.add(form);
        grid.add(trace);
        grid.add(new JScrollPane(table));
        add(grid, BorderLayout.CENTER);
        tempo.onClick(x -> highlight((int) Math.round(x)));
        form.onClick(x -> highlight((int) Math.round(x)));
        trace.onClick(x -> highlight(screens.sessionReview.view().repAt(x)));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (rendering || e.getValueIsAdjusting() || table.getSelectedRow() < 0) return;
            highlight(reps.rows().reps().get(table.getSelectedRow()).index());
        });

        JPanel bottom = new JPanel(new BorderLayout());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        buttons.add(Widgets.button("Save charts (PNG + SVG)…", e -> chooseChartFolder()));
        buttons.add(Widgets.primary("PDF report…", e -> ReportActions.chooseAndWrite(screens, progress, ReportActions.Scope.SESSION)));
        bottom.add(progress, BorderLayout.CENTER);
        bottom.add(buttons, BorderLayout.EAST);
        add(bottom, BorderLayout.SOUTH);
    }

    ProgressView progress() {
        return progress;
    }

    JTable table() {
        return table;
    }

    /** A newly opened session: the set list is rebuilt. */
    void reset() {
        rendering = true;
        try {
            set.setModel(new DefaultComboBoxModel<>(screens.sessionReview.setLabels().toArray(new String[0])));
        } finally {
            rendering = false;
        }
    }

    void highlight(int rep) {
        SessionReview r = screens.sessionReview;
        r.highlight(rep == r.highlighted() ? 0 : rep);
        render();
    }

    private void choose(ResultChoice c) {
        screens.sessionReview.choose(c);
        reset();
        render();
    }

    /** Shows the controller's state (charts in the current theme). EDT. */
    void render() {
        SessionReview r = screens.sessionReview;
        if (!r.isOpen()) return;
        rendering = true;
        try {
            SessionInfo i = r.info();
            SetView v = r.view();
            title.setText(i.patient() + " · " + ReviewText.when(i.startedAt()) + " · " + v.title());
            info.setText(ReviewText.sessionLine(i) + " · targets: " + ReviewText.targets(v.exercise()));
            notes.setText(i.notes().isEmpty() ? "No notes." : "Notes: " + i.notes());
            source.setText("Result " + v.source() + (v.result() == null ? "" : " · " + ReviewText.result(v.result())));
            source.setToolTipText("<html><body style='width:600px'>" + source.getText() + "</body></html>");
            set.setSelectedIndex(r.setIndex());
            reanalysed.setEnabled(r.canChoose());
            reanalysed.setSelected(r.choice() == ResultChoice.REANALYSED);
            recorded.setSelected(r.choice() == ResultChoice.AS_RECORDED);
            ChartPalette p = ChartPalette.screen();
            tempo.setChart(TempoChart.build(v, p));
            form.setChart(FormChart.build(v, p));
            trace.setChart(TraceChart.build(v, p));
            reps.show(RepRows.of(v.result(), v.exercise()));
            widths();
            int row = reps.rows().rowOf(r.highlighted());
            if (row >= 0) {
                table.setRowSelectionInterval(row, row);
                table.scrollRectToVisible(table.getCellRect(row, 0, true));
            } else {
                table.clearSelection();
            }
        } finally {
            rendering = false;
        }
    }

    /** Narrow number columns, a wide faults column. */
    private void widths() {
        for (int c = 0; c < table.getColumnCount(); c++) {
            String h = table.getColumnName(c);
            int w = h.equals("Rep") ? 40 : h.equals("Side") ? 50 : h.equals("Quality") ? 60 : h.equals("Smoothness") ? 85
                    : h.startsWith("Pelvis") ? 80 : h.equals("Faults") ? 240 : 110;
            table.getColumnModel().getColumn(c).setPreferredWidth(w);
        }
    }

    private void chooseChartFolder() {
        JFileChooser c = new JFileChooser();
        c.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        c.setDialogTitle("Folder for the charts of this set");
        if (c.showSaveDialog(screens.parent()) == JFileChooser.APPROVE_OPTION) saveCharts(c.getSelectedFile().toPath());
    }

    /** Saves the set's charts (print colours) as PNG and SVG into {@code dir} in the background. */
    void saveCharts(Path dir) {
        SetView v = screens.sessionReview.view();
        SessionInfo i = screens.sessionReview.info();
        String stem = i.patient() + "_" + i.id() + "_set" + (v.setIndex() + 1) + "_";
        ChartPalette p = ChartPalette.print();
        Map<String, JFreeChart> charts = Map.of("tempo", TempoChart.build(v, p), "form", FormChart.build(v, p), "trace", TraceChart.build(v, p));
        screens.background(progress, "Saving charts…", pr -> {
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
                Path png = dir.resolve(stem + e.getKey() + ".png");
                Path svg = dir.resolve(stem + e.getKey() + ".svg");
                ChartFiles.png(e.getValue(), png, 900, 560);
                ChartFiles.svg(e.getValue(), svg, 900, 560);
                written.add(png);
                written.add(svg);
            }
            return written;
        }, written -> progress.finish("Saved " + written.size() + " files in " + dir, false), () -> { });
    }
}
