package com.reptempo.ui.report;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A table across the page: wrapped cells, a shaded header repeated on every page it spans, light zebra rows. */
final class PdfTable {
    /** Colours a cell's text (row, column, text); null keeps the default. */
    interface Colours {
        Color of(int row, int column, String text);
    }

    private static final Color HEADER = new Color(0xE4E8EE);
    private static final Color ZEBRA = new Color(0xF5F6F8);
    private static final float PAD = 3;

    private PdfTable() {
    }

    /**
     * @param weights relative column widths (one per column)
     */
    static void draw(PdfPages pages, List<String> headers, List<List<String>> rows, float[] weights, float size, Colours colours)
            throws IOException {
        float total = 0;
        for (float w : weights) total += w;
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) widths[i] = pages.width() * weights[i] / total;
        float leading = size * 1.25f;
        List<List<String>> head = cells(pages, headers, pages.fonts.bold, size, widths);
        float headHeight = height(head, leading);
        pages.need(headHeight + leading * 2 + 2 * PAD);
        row(pages, head, widths, leading, size, true, -1, null, HEADER);
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> c = cells(pages, rows.get(r), pages.fonts.regular, size, widths);
            float h = height(c, leading);
            if (pages.y() - h < PdfPages.BOTTOM) {
                pages.newPage();
                row(pages, head, widths, leading, size, true, -1, null, HEADER);
            }
            row(pages, c, widths, leading, size, false, r, colours, r % 2 == 1 ? ZEBRA : null);
        }
        pages.space(6);
    }

    private static List<List<String>> cells(PdfPages pages, List<String> texts, PDFont f, float size, float[] widths) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String t = i < texts.size() ? pages.fonts.printable(texts.get(i)) : "";
            out.add(PdfPages.wrap(t, f, size, widths[i] - 2 * PAD));
        }
        return out;
    }

    private static float height(List<List<String>> cells, float leading) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * leading + 2 * PAD;
    }

    private static void row(PdfPages pages, List<List<String>> cells, float[] widths, float leading, float size, boolean bold, int r,
                            Colours colours, Color background) throws IOException {
        float h = height(cells, leading);
        float top = pages.y();
        if (background != null) pages.fill(PdfPages.MARGIN, top - h, pages.width(), h, background);
        float x = PdfPages.MARGIN;
        for (int c = 0; c < widths.length; c++) {
            List<String> lines = cells.get(c);
            Color colour = colours == null ? null : colours.of(r, c, String.join(" ", lines));
            for (int l = 0; l < lines.size(); l++) {
                float baseline = top - PAD - (l + 1) * leading + size * 0.3f;
                pages.text(lines.get(l), bold ? pages.fonts.bold : pages.fonts.regular, size, x + PAD, baseline,
                        colour == null ? PdfPages.TEXT : colour);
            }
            x += widths[c];
        }
        pages.space(h);
    }
}
