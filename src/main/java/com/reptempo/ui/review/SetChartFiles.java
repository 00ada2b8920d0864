package com.reptempo.ui.review;

import com.reptempo.app.review.SetView;
import com.reptempo.storage.session.SessionInfo;
import org.jfree.chart.JFreeChart;

import javax.swing.JFileChooser;
import java.awt.Component;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The "Save charts" button of the session screen: a set's tempo, form and trace charts as PNG and SVG, in print colours. */
final class SetChartFiles {
    /** Points; the PNG is drawn at twice this size. */
    static final int WIDTH = 900;
    static final int HEIGHT = 560;

    private SetChartFiles() {
    }

    /** Asks for a folder, then saves. EDT. */
    static void chooseAndSave(Component parent, BackgroundWork work, ProgressView progress, SessionInfo session, SetView set) {
        JFileChooser c = new JFileChooser();
        c.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        c.setDialogTitle("Folder for the charts of this set");
        if (c.showSaveDialog(parent) == JFileChooser.APPROVE_OPTION) save(work, progress, session, set, c.getSelectedFile().toPath());
    }

    /** Draws the charts (EDT) and writes them into {@code dir} in the background, e.g. {@code P-017_<id>_set1_tempo.svg}. */
    static void save(BackgroundWork work, ProgressView progress, SessionInfo session, SetView set, Path dir) {
        String stem = session.patient() + "_" + session.id() + "_set" + (set.setIndex() + 1) + "_";
        ChartPalette p = ChartPalette.print();
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("tempo", TempoChart.build(set, p));
        charts.put("form", FormChart.build(set, p));
        charts.put("trace", TraceChart.build(set, p));
        work.run(progress, "Saving charts…", pr -> {
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
                written.add(ChartFiles.png(e.getValue(), dir.resolve(stem + e.getKey() + ".png"), WIDTH, HEIGHT));
                written.add(ChartFiles.svg(e.getValue(), dir.resolve(stem + e.getKey() + ".svg"), WIDTH, HEIGHT));
            }
            return written;
        }, written -> progress.finish("Saved " + written.size() + " files in " + dir, false), () -> { });
    }
}
