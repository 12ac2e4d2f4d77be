package dev.tablebook.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType files of the sans-serif font PDFs embed, plain and bold, found once per JVM: DejaVu Sans,
 * Liberation Sans, Arial or Helvetica in the machine's font folders (matched by the family name inside the
 * file), preferring the family whose widths match Java2D's logical {@code SansSerif} (on Linux, the one
 * fontconfig picks), so text measured by Java lays out the same in the PDF. Without any, PDFBox's own
 * Liberation Sans (regular only; bold text then uses it too). A PDF is never left with an unembedded font.
 */
final class SansFonts {
  private static final List<String> FAMILIES = List.of("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica");
  private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final SansFonts FOUND = find();

  private final Path plain;
  private final Path bold;
  private volatile Font[] awtFaces;

  private SansFonts(Path plain, Path bold) {
    this.plain = plain;
    this.bold = bold;
  }

  static SansFonts found() {
    return FOUND;
  }

  /** PDFBox's own Liberation Sans, the last resort on a machine without any of the families. */
  static SansFonts bundled() {
    return new SansFonts(null, null);
  }

  /** Loads the plain or bold face into {@code document}, to be embedded as a subset when it is saved. */
  PDType0Font load(PDDocument document, boolean wantBold) throws IOException {
    Path file = wantBold && bold != null ? bold : plain;
    if (file != null) {
      return PDType0Font.load(document, file.toFile());
    }
    try (InputStream in = PDType0Font.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IOException("PDFBox's bundled font " + BUNDLED + " is missing");
      }
      return PDType0Font.load(document, in);
    }
  }

  /** The face as a Java font of {@code size}, with the same glyph widths as the embedded one. */
  Font awt(boolean wantBold, float size) {
    Font[] cached = awtFaces;
    if (cached == null) {
      cached = new Font[] {readAwt(plain), readAwt(bold != null ? bold : plain)};
      awtFaces = cached;
    }
    return cached[wantBold ? 1 : 0].deriveFont(size);
  }

  private static Font readAwt(Path file) {
    try (InputStream in = file != null ? Files.newInputStream(file) : PDType0Font.class.getResourceAsStream(BUNDLED)) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.awt.FontFormatException e) {
      throw new IllegalStateException("Cannot read font " + (file == null ? BUNDLED : file), e);
    }
  }

  /** Where the faces come from, for messages: file names, or PDFBox's bundled font. */
  String description() {
    return plain == null ? "Liberation Sans (bundled with PDFBox)" : plain.getFileName() + ", " + (bold == null ? "no bold" : bold.getFileName());
  }

  private static SansFonts find() {
    List<Face> faces = faces();
    SansFonts best = null;
    for (String family : FAMILIES) {
      Path plain = face(faces, family, false);
      if (plain == null) {
        continue;
      }
      SansFonts fonts = new SansFonts(plain, face(faces, family, true));
      if (best == null) {
        best = fonts;
      }
      if (matchesLogicalSans(plain)) {
        return fonts;
      }
    }
    return best != null ? best : bundled();
  }

  private static Path face(List<Face> faces, String family, boolean bold) {
    return faces.stream().filter(f -> f.family.equalsIgnoreCase(family) && f.bold == bold).map(f -> f.file).findFirst().orElse(null);
  }

  /** Whether Java2D's logical SansSerif has this file's widths (it is what Java lays text out with). */
  private static boolean matchesLogicalSans(Path file) {
    try {
      Font physical = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(100f);
      Font logical = new Font(Font.SANS_SERIF, Font.PLAIN, 100);
      FontRenderContext frc = new FontRenderContext(null, true, true);
      String sample = "The quick brown fox 0123456789, 240.1%";
      double a = physical.getStringBounds(sample, frc).getWidth();
      double b = logical.getStringBounds(sample, frc).getWidth();
      return Math.abs(a - b) < 0.005 * b;
    } catch (IOException | java.awt.FontFormatException | RuntimeException e) {
      return false;
    }
  }

  private record Face(Path file, String family, boolean bold) {}

  /** The plain and bold faces of the wanted families among the TrueType files of the usual font folders. */
  private static List<Face> faces() {
    List<Face> faces = new ArrayList<>();
    for (Path dir : FontFolders.all()) {
      try (Stream<Path> files = Files.walk(dir, 4)) {
        files.filter(SansFonts::candidate).sorted().forEach(file -> {
          Face face = read(file);
          if (face != null) {
            faces.add(face);
          }
        });
      } catch (IOException | UncheckedIOException e) {
        // an unreadable folder has no fonts for us
      }
    }
    return faces;
  }

  /** A TrueType file whose name suggests one of the families (reading every font's name table would be slow). */
  private static boolean candidate(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[ _-]", "");
    return name.endsWith(".ttf") && (name.startsWith("dejavusans") || name.startsWith("liberationsans")
        || name.startsWith("arial") || name.startsWith("helvetica")) && Files.isRegularFile(file);
  }

  private static Face read(Path file) {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
      NamingTable naming = ttf.getNaming();
      if (naming == null || naming.getFontFamily() == null) {
        return null;
      }
      String style = String.valueOf(naming.getFontSubFamily()).toLowerCase(Locale.ROOT);
      boolean plain = style.equals("regular") || style.equals("book") || style.equals("normal") || style.equals("roman");
      boolean bold = style.equals("bold");
      return plain || bold ? new Face(file, naming.getFontFamily(), bold) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
