package com.reptempo.ui.review;

import com.reptempo.storage.session.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Charts to files and images: PNG (raster, scaled up for print) and SVG (vector). Files are
 * written atomically and owner-only, like every file with health data. Works without a display.
 */
public final class ChartFiles {
    private ChartFiles() {
    }

    /**
     * The chart drawn at {@code width}×{@code height} points, rendered {@code scale} times larger
     * (2 or 3 gives print quality).
     */
    public static BufferedImage image(JFreeChart chart, int width, int height, double scale) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.transform(AffineTransform.getScaleInstance(scale, scale));
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Saves a PNG (at twice the size, for sharp printing), replacing the file; returns the file. */
    public static Path png(JFreeChart chart, Path file, int width, int height) throws IOException {
        BufferedImage img = image(chart, width, height, 2);
        AtomicFiles.write(file, true, out -> {
            if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer in this Java runtime");
        });
        return file;
    }

    /** Saves an SVG, replacing the file; returns the file. */
    public static Path svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        byte[] svg = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement()).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, true, out -> out.write(svg));
        return file;
    }
}
