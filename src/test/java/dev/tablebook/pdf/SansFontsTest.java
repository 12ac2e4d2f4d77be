package dev.tablebook.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** The sans-serif faces PDFs embed: found on the machine, or PDFBox's bundled one, embedded either way. */
class SansFontsTest {

  @Test
  void withoutAnyFontOnTheMachineTheBundledFaceIsEmbedded() throws Exception {
    SansFonts bundled = SansFonts.bundled();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDType0Font bold = bundled.load(document, true);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(bold, 12);
        content.showText("Bold falls back to the regular face");
        content.endText();
      }
      document.save(out);
    }
    try (PDDocument read = Loader.loadPDF(out.toByteArray())) {
      var resources = read.getPage(0).getResources();
      var name = resources.getFontNames().iterator().next();
      assertTrue(resources.getFont(name).isEmbedded());
      assertTrue(resources.getFont(name).getName().contains("LiberationSans"), resources.getFont(name).getName());
    }
    assertEquals(12f, bundled.awt(false, 12).getSize2D());
  }

  @Test
  void theJavaFaceMeasuresAsTheEmbeddedOne() throws Exception {
    SansFonts fonts = SansFonts.found();
    String text = "China–Russia trade, $240.1 bn";
    try (PDDocument document = new PDDocument()) {
      for (boolean bold : new boolean[] {false, true}) {
        float pdf = fonts.load(document, bold).getStringWidth(text) / 1000 * 10;
        float java = (float) fonts.awt(bold, 10).getStringBounds(text, new java.awt.font.FontRenderContext(null, true, true)).getWidth();
        assertEquals(pdf, java, 0.05, fonts.description());
      }
    }
  }
}
