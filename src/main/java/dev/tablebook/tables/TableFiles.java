package dev.tablebook.tables;

import dev.tablebook.display.Html;
import dev.tablebook.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Saves a view in the format its file name ends with; every file is written whole or not at all. */
final class TableFiles {
  private TableFiles() {}

  static Path save(TableView view, Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
    byte[] bytes = switch (extension) {
      case ".pdf" -> view.pdf();
      case ".html", ".htm" -> page(view).getBytes(StandardCharsets.UTF_8);
      case ".md" -> view.markdown().getBytes(StandardCharsets.UTF_8);
      case ".txt" -> view.text().getBytes(StandardCharsets.UTF_8);
      case ".csv" -> CsvTable.render(view.table()).getBytes(StandardCharsets.UTF_8);
      default -> throw new IllegalArgumentException("Cannot tell the format of '" + file.getFileName()
          + "': name it .pdf, .html, .md (Markdown), .txt or .csv");
    };
    AtomicFiles.write(file, bytes, true);
    return file;
  }

  private static String page(TableView view) {
    String title = view.cells().hasCaption() ? view.cells().caption : view.table().name();
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + Html.escape(title == null ? "" : title)
        + "</title></head><body>\n" + view.html() + "\n</body></html>\n";
  }
}
