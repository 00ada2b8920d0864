package com.reptempo.ui.review;

import com.reptempo.app.review.RepRows;
import com.reptempo.app.review.ResultChoice;
import com.reptempo.app.review.SessionReview;
import com.reptempo.app.review.SetView;
import com.reptempo.ui.Theme;
import com.reptempo.ui.Ui;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;

import static com.reptempo.ui.Ui.Scale.DESK;

/**
 * One session: per set, the tempo chart, the form chart, the motion trace and the rep table;
 * clicking a rep anywhere highlights it everywhere. Renders {@link SessionReview}.
 */
final class SessionPanel extends JPanel {
    private final ReviewScreens screens;
    private final SessionHeader header = new SessionHeader();
    private final JComboBox<String> set = new JComboBox<>();
    private final ResultToggle results = new ResultToggle(this::choose);
    final ChartView tempo = new ChartView();
    final ChartView form = new ChartView();
    final ChartView trace = new ChartView();
    private final RepTable reps = new RepTable();
    private final JTable table = Ui.table(reps, DESK);
    private final ProgressView progress = new ProgressView();
    private boolean rendering;

    SessionPanel(ReviewScreens screens) {
        super(new BorderLayout(8, 8));
        this.screens = screens;
        setBorder(BorderFactory.createEmptyBorder(10, 16, 10, 16));
        JPanel head = new JPanel(new BorderLayout(12, 2));
        head.add(header, BorderLayout.CENTER);
        JPanel controls = new JPanel(new BorderLayout());
        JPanel nav = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        nav.add(Ui.button("← Library", DESK, e -> screens.showScreen(ReviewScreens.LIBRARY)));
        nav.add(Ui.label("Set:", 13f));
        nav.add(set);
        controls.add(nav, BorderLayout.WEST);
        controls.add(results, BorderLayout.EAST);
        head.add(controls, BorderLayout.NORTH);
        add(head, BorderLayout.NORTH);
        set.setFont(Theme.font(Font.PLAIN, 14f));
        set.addActionListener(e -> {
            if (rendering || set.getSelectedIndex() < 0) return;
            screens.sessionReview.selectSet(set.getSelectedIndex());
            render();
        });

        JPanel charts = new JPanel(new GridLayout(1, 3, 8, 0));
        charts.add(tempo);
        charts.add(form);
        charts.add(trace);
        charts.setPreferredSize(new Dimension(900, 340));
        JScrollPane rows = new JScrollPane(table);
        rows.setPreferredSize(new Dimension(900, 180));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, charts, rows);
        split.setResizeWeight(0.65);
        split.setBorder(BorderFactory.createEmptyBorder());
        add(split, BorderLayout.CENTER);
        tempo.onClick(x -> highlight((int) Math.round(x)));
        form.onClick(x -> highlight((int) Math.round(x)));
        trace.onClick(x -> highlight(screens.sessionReview.view().repAt(x)));
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (rendering || e.getValueIsAdjusting() || table.getSelectedRow() < 0) return;
            highlight(reps.rows().reps().get(table.getSelectedRow()).index());
        });

        add(progress.withButtons(Ui.button("Save charts (PNG + SVG)…", DESK, e -> SetChartFiles.chooseAndSave(screens.parent(),
                        screens.work(), progress, screens.sessionReview.info(), screens.sessionReview.view())),
                Ui.primary("PDF report…", DESK, e -> ReportActions.chooseAndWrite(screens, progress, ReportActions.Scope.SESSION))),
                BorderLayout.SOUTH);
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
            SetView v = r.view();
            header.show(r.info(), v);
            set.setSelectedIndex(r.setIndex());
            results.show(r.choice(), r.canChoose());
            ChartPalette p = ChartPalette.screen();
            tempo.setChart(TempoChart.build(v, p));
            form.setChart(FormChart.build(v, p));
            trace.setChart(TraceChart.build(v, p));
            reps.show(RepRows.of(v.result(), v.exercise()));
            RepTable.widths(table);
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
}
