package dev.tablebook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF holds, read back with PDFBox for tests: its pages' text, the outline, the fonts and whether
 * they are embedded, images, and the text drawn outside its page.
 */
public final class PdfFile {
  private final List<String> pages = new ArrayList<>();
  private final List<String> outline = new ArrayList<>();
  private final List<String> unembeddedFonts = new ArrayList<>();
  private final List<String> outside = new ArrayList<>();
  private final List<float[]> sizes = new ArrayList<>();
  private int fonts;
  private int images;

  private PdfFile() {}

  /** Reads {@code file} whole. */
  public static PdfFile read(Path file) throws IOException {
    PdfFile read = new PdfFile();
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        read.pages.add(read.text(document, page));
      }
      for (PDPage page : document.getPages()) {
        PDRectangle box = page.getMediaBox();
        read.sizes.add(new float[] {box.getWidth(), box.getHeight()});
        read.resources(page.getResources(), new ArrayList<>());
      }
      if (document.getDocumentCatalog().getDocumentOutline() != null) {
        read.outline(document.getDocumentCatalog().getDocumentOutline(), "");
      }
    }
    return read;
  }

  private String text(PDDocument document, int page) throws IOException {
    PDRectangle box = document.getPage(page - 1).getMediaBox();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) throws IOException {
        for (TextPosition glyph : positions) {
          if (!glyph.getUnicode().isBlank() && !inside(glyph, box)) {
            outside.add("page " + page + ": '" + glyph.getUnicode() + "' at " + glyph.getX() + "," + glyph.getY() + " in '" + text + "'");
          }
        }
        super.writeString(text, positions);
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  /**
   * Whether a glyph lies on the page: its origin in page space, and, for upright text, its width too (rotated
   * text has its extent along its own direction; its origin is checked).
   */
  private static boolean inside(TextPosition glyph, PDRectangle box) {
    float x = glyph.getX();
    float y = glyph.getY();
    float right = glyph.getDir() == 0 ? x + glyph.getWidth() : x;
    return x >= -0.5f && right <= box.getWidth() + 0.5f && y >= -0.5f && y <= box.getHeight() + 0.5f;
  }

  private void resources(PDResources resources, List<COSName> seen) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      fonts++;
      if (!font.isEmbedded()) {
        unembeddedFonts.add(font.getName());
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject) {
        images++;
      } else if (object instanceof PDFormXObject form && seen.size() < 50) {
        seen.add(name);
        resources(form.getResources(), seen);
      }
    }
  }

  private void outline(PDOutlineNode node, String indent) {
    for (PDOutlineItem item : node.children()) {
      outline.add(indent + item.getTitle());
      outline(item, indent + "  ");
    }
  }

  /** The text of each page, first page first. */
  public List<String> pages() {
    return pages;
  }

  /** All the text, pages one after another. */
  public String text() {
    return String.join("\n", pages);
  }

  /** The bookmarks, depth first, each indented two spaces a level. */
  public List<String> outline() {
    return outline;
  }

  /** How many fonts the pages (and the forms they draw) use. */
  public int fonts() {
    return fonts;
  }

  /** The names of the fonts used but not embedded. */
  public List<String> unembeddedFonts() {
    return unembeddedFonts;
  }

  /** How many raster images the pages (and their forms) draw. */
  public int images() {
    return images;
  }

  /** Each glyph drawn wholly or partly outside its page, as "page N: 'c' at x,y in 'text'". */
  public List<String> textOutsideThePage() {
    return outside;
  }

  /** Each page's width and height in points. */
  public List<float[]> sizes() {
    return sizes;
  }
}
