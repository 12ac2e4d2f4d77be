package dev.tablebook.charts;

import java.util.List;
import java.util.Objects;

/**
 * The look every chart shares, in Plotly and in static images alike: a palette for series, a colour
 * for highlighted categories and one for the rest when something is highlighted, text and grid
 * colours, a font family and a base font size. Colours are {@code #rrggbb}.
 *
 * @param palette series colours, used in turn
 * @param highlight the colour of highlighted categories
 * @param muted the colour of the other categories when some are highlighted
 * @param text the colour of titles and labels
 * @param grid the colour of grid lines
 * @param background the page and plot background
 * @param fontFamily a CSS font family for Plotly; static images use the JVM's sans-serif font
 * @param fontSize the base font size in pixels
 * @since 0.2
 */
public record Theme(List<String> palette, String highlight, String muted, String text, String grid,
    String background, String fontFamily, int fontSize) {

  /** Tablebook's default look: a colour-blind-safe palette (Okabe–Ito), highlight in vermilion. */
  public static final Theme DEFAULT = new Theme(
      List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"),
      "#D55E00", "#9DB4C8", "#222222", "#E5E5E5", "#FFFFFF", "Helvetica, Arial, sans-serif", 13);

  public Theme {
    palette = List.copyOf(palette);
    if (palette.isEmpty()) {
      throw new IllegalArgumentException("A theme needs at least one palette colour");
    }
    for (String colour : palette) {
      checkColour(colour);
    }
    checkColour(highlight);
    checkColour(muted);
    checkColour(text);
    checkColour(grid);
    checkColour(background);
    Objects.requireNonNull(fontFamily, "fontFamily");
    if (fontSize < 6) {
      throw new IllegalArgumentException("fontSize must be at least 6: " + fontSize);
    }
  }

  /** The colour of series number {@code i}, going round the palette. */
  public String colour(int i) {
    return palette.get(Math.floorMod(i, palette.size()));
  }

  /** This theme with another palette. */
  public Theme withPalette(List<String> colours) {
    return new Theme(colours, highlight, muted, text, grid, background, fontFamily, fontSize);
  }

  /** This theme with another highlight colour. */
  public Theme withHighlight(String colour) {
    return new Theme(palette, colour, muted, text, grid, background, fontFamily, fontSize);
  }

  private static void checkColour(String colour) {
    if (colour == null || !colour.matches("#[0-9A-Fa-f]{6}")) {
      throw new IllegalArgumentException("Colours are written #rrggbb: " + colour);
    }
  }

  /** {@code #rrggbb} as an AWT colour. */
  static java.awt.Color awt(String colour) {
    return new java.awt.Color(Integer.parseInt(colour.substring(1), 16));
  }
}
