package dev.tablebook.notebook;

import java.io.IOException;
import java.nio.file.Path;

/** Prints an HTML page laid out for print to a PDF file, written whole or not at all. */
@FunctionalInterface
public interface PdfPrinter {
  /**
   * Prints {@code html} to {@code pdf}; {@code width} is the page's content width in CSS pixels.
   *
   * @throws IOException naming the page when no PDF came of it
   */
  void print(Path html, Path pdf, int width) throws IOException;
}
