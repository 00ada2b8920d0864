package com.reptempo.ui.report;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The TrueType fonts embedded in reports (PDFBox's standard 14 fonts are not embedded and log
 * fallback messages). DejaVu Sans is looked for in the usual font folders of Linux, macOS and
 * Windows, then Liberation Sans, then Arial; {@value #PROPERTY} (a regular TTF, with the bold
 * beside it named {@code *-Bold.ttf}) overrides the search.
 *
 * <p>Glyph substitution (the fonts' GSUB tables: ligatures, scripts such as Arabic or Devanagari)
 * is switched off: the report is Latin text and symbols, which the character map shows as they
 * are, and PDFBox's substitution pass cost about 2 s of CPU in a 30-session report.
 */
public final class PdfFonts {
    /** System property naming the regular TTF to embed. */
    public static final String PROPERTY = "reptempo.pdfFont";
    private static final String[] FOLDERS = {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
            "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/liberation", "/usr/local/share/fonts", "/Library/Fonts",
            "/System/Library/Fonts/Supplemental", System.getProperty("user.home") + "/Library/Fonts",
            System.getProperty("user.home") + "/.local/share/fonts", System.getProperty("user.home") + "/.fonts", "C:\\Windows\\Fonts"};
    private static final String[][] NAMES = {{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"},
            {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"}, {"Arial.ttf", "Arial Bold.ttf"}, {"arial.ttf", "arialbd.ttf"}};

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private PdfFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads the fonts into {@code doc} (embedded as subsets; the document closes them). */
    static PdfFonts load(PDDocument doc) throws IOException {
        Path[] files = find().orElseThrow(() -> new IOException("no TrueType font for the PDF report: install DejaVu Sans "
                + "(Debian/Ubuntu: apt install fonts-dejavu-core) or give one with -D" + PROPERTY + "=/path/to/font.ttf"));
        PDType0Font regular = PDType0Font.load(doc, parse(doc, files[0]), true);
        PDType0Font bold = files[1].equals(files[0]) ? regular : PDType0Font.load(doc, parse(doc, files[1]), true);
        return new PdfFonts(regular, bold);
    }

    /** The font without glyph substitution, closed with {@code doc}. */
    private static TrueTypeFont parse(PDDocument doc, Path file) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        doc.registerTrueTypeFontForClosing(ttf);
        ttf.setEnableGsub(false);
        return ttf;
    }

    /** The regular and bold font files found, if any. */
    public static Optional<Path[]> find() {
        String given = System.getProperty(PROPERTY);
        if (given != null && Files.isRegularFile(Path.of(given))) {
            Path r = Path.of(given);
            Path b = r.resolveSibling(r.getFileName().toString().replace(".ttf", "-Bold.ttf"));
            return Optional.of(new Path[]{r, Files.isRegularFile(b) ? b : r});
        }
        for (String[] pair : NAMES) {
            for (String folder : FOLDERS) {
                Path r = Path.of(folder, pair[0]);
                if (Files.isRegularFile(r)) {
                    Path b = Path.of(folder, pair[1]);
                    return Optional.of(new Path[]{r, Files.isRegularFile(b) ? b : r});
                }
            }
        }
        return Optional.empty();
    }

    /** {@code s} with what a PDF line cannot show replaced: control characters by spaces, characters the font lacks by '?'. */
    String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        List<Integer> cps = new ArrayList<>();
        s.codePoints().forEach(cps::add);
        for (int cp : cps) {
            if (Character.isISOControl(cp)) out.append(' ');
            else if (printable.computeIfAbsent(cp, this::canShow)) out.appendCodePoint(cp);
            else out.append('?');
        }
        return out.toString();
    }

    private boolean canShow(int cp) {
        try {
            String one = new String(Character.toChars(cp));
            regular.encode(one);
            bold.encode(one);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
