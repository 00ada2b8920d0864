package com.reptempo.ui.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A4 pages filled from the top: text that wraps, charts and rules, with a new page whenever the
 * next piece does not fit, and a footer with page numbers added at the end.
 */
final class PdfPages implements Closeable {
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 48;
    static final float TOP = 52;
    static final float BOTTOM = 56;
    static final Color TEXT = new Color(0x1A1A1A);
    static final Color MUTED = new Color(0x5A5A5A);

    final PDDocument doc;
    final PdfFonts fonts;
    private PDPageContentStream cs;
    private float y;

    PdfPages(PDDocument doc, PdfFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    PDPageContentStream stream() {
        return cs;
    }

    void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage page = new PDPage(SIZE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = SIZE.getHeight() - TOP;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void need(float height) throws IOException {
        if (cs == null || y - height < BOTTOM) newPage();
    }

    void space(float height) {
        y -= height;
    }

    /** Wrapped text over the full width. */
    void paragraph(String text, boolean bold, float size, Color colour) throws IOException {
        PDFont f = bold ? fonts.bold : fonts.regular;
        float leading = size * 1.35f;
        for (String line : wrap(fonts.printable(text), f, size, width())) {
            need(leading);
            y -= leading;
            text(line, f, size, MARGIN, y + size * 0.3f, colour);
        }
    }

    /** A heading kept with at least {@code keep} points of what follows. */
    void heading(String text, float size, float keep) throws IOException {
        need(size * 1.8f + keep);
        space(size * 0.5f);
        paragraph(text, true, size, TEXT);
        space(size * 0.2f);
    }

    /** A form (e.g. a vector chart) scaled to {@code w}×{@code h} points. */
    void form(PDFormXObject form, float w, float h) throws IOException {
        need(h + 6);
        y -= h;
        PDRectangle box = form.getBBox();
        cs.saveGraphicsState();
        cs.transform(new Matrix(w / box.getWidth(), 0, 0, h / box.getHeight(), MARGIN + (width() - w) / 2, y));
        cs.drawForm(form);
        cs.restoreGraphicsState();
        y -= 6;
    }

    void rule(Color colour) throws IOException {
        need(8);
        y -= 4;
        cs.setStrokingColor(colour);
        cs.setLineWidth(0.6f);
        cs.moveTo(MARGIN, y);
        cs.lineTo(MARGIN + width(), y);
        cs.stroke();
        y -= 4;
    }

    void text(String s, PDFont f, float size, float x, float baseline, Color colour) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(colour);
        cs.setFont(f, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    void fill(float x, float yBottom, float w, float h, Color colour) throws IOException {
        cs.setNonStrokingColor(colour);
        cs.addRect(x, yBottom, w, h);
        cs.fill();
    }

    static float width(String s, PDFont f, float size) throws IOException {
        return f.getStringWidth(s) / 1000f * size;
    }

    /** Lines of at most {@code max} points; words longer than a line are broken. Input must be printable. */
    static List<String> wrap(String text, PDFont f, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, f, size) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) lines.add(line.toString());
                line.setLength(0);
                String rest = word;
                while (width(rest, f, size) > max && rest.length() > 1) {
                    int n = rest.length() - 1;
                    while (n > 1 && width(rest.substring(0, n), f, size) > max) n--;
                    lines.add(rest.substring(0, n));
                    rest = rest.substring(n);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Adds "left … page i of n" at the bottom of every page. */
    void footer(String left) throws IOException {
        if (cs != null) cs.close();
        cs = null;
        int n = doc.getNumberOfPages();
        String safeLeft = fonts.printable(left);
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream f = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String right = "page " + (i + 1) + " of " + n;
                float size = 8.5f;
                f.setStrokingColor(MUTED);
                f.setLineWidth(0.4f);
                f.moveTo(MARGIN, BOTTOM - 22);
                f.lineTo(SIZE.getWidth() - MARGIN, BOTTOM - 22);
                f.stroke();
                for (String[] t : new String[][]{{safeLeft, "L"}, {right, "R"}}) {
                    f.beginText();
                    f.setNonStrokingColor(MUTED);
                    f.setFont(fonts.regular, size);
                    float x = t[1].equals("L") ? MARGIN : SIZE.getWidth() - MARGIN - width(t[0], fonts.regular, size);
                    f.newLineAtOffset(x, BOTTOM - 34);
                    f.showText(t[0]);
                    f.endText();
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (cs != null) cs.close();
        cs = null;
    }
}
