package com.reptempo.ui.report;

import com.reptempo.ui.review.ChartFiles;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.zip.Deflater;

/**
 * Chart images for the PDF, drawn and compressed on all cores before the pages are laid out:
 * each chart becomes RGB pixels compressed with Flate (fast setting; charts are mostly flat
 * colour), which the PDF takes as they are. PDFBox's own lossless encoder tries harder and took
 * about 70 ms per chart, most of a long report's time.
 */
final class PdfImages implements AutoCloseable {
    /** A chart to draw: how to build it and its size in points. */
    record Chart(Supplier<JFreeChart> build, int width, int height) {
    }

    /** Compressed pixels. */
    record Encoded(int width, int height, byte[] flate) {
    }

    private final ExecutorService pool;
    private final List<Future<Encoded>> pending = new ArrayList<>();
    private int next;

    PdfImages() {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pdf-charts");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts drawing a chart; charts are taken back with {@link #take} in the order they were submitted. */
    void submit(Chart c, double scale) {
        pending.add(pool.submit(() -> encode(ChartFiles.image(c.build().get(), c.width(), c.height(), scale))));
    }

    /** The next submitted chart, as an image of this document. */
    PDImageXObject take(PDDocument doc) throws IOException {
        try {
            Encoded e = pending.get(next++).get();
            return new PDImageXObject(doc, new ByteArrayInputStream(e.flate()), COSName.FLATE_DECODE, e.width(), e.height(), 8,
                    PDDeviceRGB.INSTANCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("writing the report was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        }
    }

    static Encoded encode(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] row = new int[w];
        byte[] rgb = new byte[w * 3];
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream out = new ByteArrayOutputStream(w * h / 4);
        byte[] buf = new byte[1 << 16];
        try {
            for (int y = 0; y < h; y++) {
                img.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    rgb[3 * x] = (byte) (row[x] >> 16);
                    rgb[3 * x + 1] = (byte) (row[x] >> 8);
                    rgb[3 * x + 2] = (byte) row[x];
                }
                deflater.setInput(rgb);
                while (!deflater.needsInput()) out.write(buf, 0, deflater.deflate(buf));
            }
            deflater.finish();
            while (!deflater.finished()) out.write(buf, 0, deflater.deflate(buf));
        } finally {
            deflater.end();
        }
        return new Encoded(w, h, out.toByteArray());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
