package com.reptempo.ui.report;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;

/**
 * Charts drawn into the PDF as vector graphics (a form XObject per chart, through pdfbox-graphics2d's
 * {@link PdfBoxGraphics2D}): sharp at any zoom and on paper, and far cheaper than rendering and
 * compressing pixels. Chart text is real text in the report's embedded fonts (bold where the chart
 * asks for bold), so it can be searched and copied like the rest of the report.
 */
final class PdfCharts {
    private final PDDocument doc;
    private final IPdfBoxGraphics2DFontTextDrawer text;

    PdfCharts(PDDocument doc, PdfFonts fonts) {
        this.doc = doc;
        this.text = new EmbeddedFontText(fonts);
    }

    /** {@code chart} drawn at {@code width}×{@code height} points, ready to be placed on a page (any size). */
    PDFormXObject draw(JFreeChart chart, int width, int height) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
        try {
            g.setFontTextDrawer(text);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }

    /** Maps every chart font to the report's regular or bold font, whatever family the chart names. */
    private static final class EmbeddedFontText extends PdfBoxGraphics2DFontTextDrawer {
        private final PdfFonts fonts;

        EmbeddedFontText(PdfFonts fonts) {
            this.fonts = fonts;
        }

        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
            return font.isBold() ? fonts.bold : fonts.regular;
        }
    }
}
