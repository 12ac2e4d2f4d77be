package dev.tablebook.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes text as real, searchable text in the embedded {@link SansFonts}, whatever family a Java font
 * names (static charts and tables draw only in the logical {@code SansSerif}): bold in the bold face,
 * everything else in the plain one. Text the embedded face has no glyph for is drawn as outlines
 * instead, so nothing is lost and nothing falls back to an unembedded standard font. One per document.
 */
final class EmbeddedFontDrawer extends PdfBoxGraphics2DFontTextDrawer {
  private final SansFonts fonts;
  private PDFont plain;
  private PDFont bold;

  EmbeddedFontDrawer(SansFonts fonts) {
    this.fonts = fonts;
  }

  @Override
  protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
    if (bold(font)) {
      if (bold == null) {
        bold = fonts.load(env.getDocument(), true);
      }
      return bold;
    }
    if (plain == null) {
      plain = fonts.load(env.getDocument(), false);
    }
    return plain;
  }

  @Override
  public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) throws IOException, FontFormatException {
    AttributedCharacterIterator text = (AttributedCharacterIterator) iterator.clone();
    StringBuilder run = new StringBuilder();
    Font runFont = null;
    for (char c = text.first(); c != CharacterIterator.DONE; c = text.next()) {
      Font font = text.getAttribute(TextAttribute.FONT) instanceof Font f ? f : env.getFont();
      if (runFont != null && bold(font) != bold(runFont)) {
        if (!encodable(run, runFont, env)) {
          return false;
        }
        run.setLength(0);
      }
      runFont = font;
      run.append(c);
    }
    return (runFont == null || encodable(run, runFont, env)) && super.canDrawText(iterator, env);
  }

  /** Whether {@code font} is bold: by style, or by name for a face loaded from a file ({@link PdfPages#font}). */
  private static boolean bold(Font font) {
    return font.isBold() || font.getFontName(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT).contains("bold");
  }

  private boolean encodable(CharSequence text, Font font, IFontTextDrawerEnv env) throws IOException {
    try {
      mapFont(font, env).encode(text.toString());
      return true;
    } catch (IllegalArgumentException noGlyph) {
      return false;
    }
  }
}
