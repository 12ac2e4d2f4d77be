package dev.tablebook.pdf;

import java.io.IOException;
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
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What tests read back from a PDF: its pages' text, fonts, images and where each character is. */
public final class PdfChecks {
  private final byte[] pdf;

  private PdfChecks(byte[] pdf) {
    this.pdf = pdf;
  }

  public static PdfChecks of(byte[] pdf) {
    return new PdfChecks(pdf);
  }

  public static PdfChecks of(java.nio.file.Path file) throws IOException {
    return new PdfChecks(java.nio.file.Files.readAllBytes(file));
  }

  /** The bookmarks, depth first, each indented two spaces a level. */
  public List<String> outline() throws IOException {
    List<String> titles = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
      if (outline != null) {
        outline(outline, "", titles);
      }
    }
    return titles;
  }

  private static void outline(PDOutlineNode node, String indent, List<String> titles) {
    for (PDOutlineItem item : node.children()) {
      titles.add(indent + item.getTitle());
      outline(item, indent + "  ", titles);
    }
  }

  public int pages() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  public PDRectangle mediaBox(int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getPage(page).getMediaBox();
    }
  }

  /** The text of page {@code page} (from 0). */
  public String text(int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page + 1);
      stripper.setEndPage(page + 1);
      return stripper.getText(document);
    }
  }

  /** The text of every page. */
  public String text() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** The names of fonts not embedded, on any page or inside any form. */
  public List<String> unembeddedFonts() throws IOException {
    return fonts(false);
  }

  /** The names of every font used, on any page or inside any form (once per resource dictionary). */
  public List<String> fonts() throws IOException {
    return fonts(true);
  }

  private List<String> fonts(boolean all) throws IOException {
    List<String> found = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        walk(page.getResources(), resources -> {
          for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (all || !font.isEmbedded()) {
              found.add(font.getName());
            }
          }
        }, 0);
      }
    }
    return found;
  }

  /** How many raster images the PDF holds, on pages or inside forms. */
  public int images() throws IOException {
    int[] images = {0};
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        walk(page.getResources(), resources -> {
          for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
              images[0]++;
            }
          }
        }, 0);
      }
    }
    return images[0];
  }

  /** The characters drawn outside their page's media box, as "page: text (x, y)". */
  public List<String> outsideThePage() throws IOException {
    List<String> outside = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          PDRectangle box = getCurrentPage().getMediaBox();
          float x = text.getXDirAdj();
          float y = text.getYDirAdj();
          float right = x + text.getWidthDirAdj();
          boolean inside = text.getDir() == 0
              ? x >= -0.5 && right <= box.getWidth() + 0.5 && y - text.getHeightDir() >= -0.5 && y <= box.getHeight() + 0.5
              : text.getX() >= -0.5 && text.getX() <= box.getWidth() + 0.5 && text.getY() >= -0.5 && text.getY() <= box.getHeight() + 0.5;
          if (!inside) {
            outside.add(getCurrentPageNo() + ": " + text.getUnicode() + " (" + x + ", " + y + ")");
          }
          super.processTextPosition(text);
        }
      };
      stripper.getText(document);
    }
    return outside;
  }

  private interface ResourceVisitor {
    void visit(PDResources resources) throws IOException;
  }

  private static void walk(PDResources resources, ResourceVisitor visitor, int depth) throws IOException {
    if (resources == null || depth > 20) {
      return;
    }
    visitor.visit(resources);
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        walk(form.getResources(), visitor, depth + 1);
      }
    }
  }
}
