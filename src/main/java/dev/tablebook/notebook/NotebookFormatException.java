package dev.tablebook.notebook;

/**
 * A file that is not a notebook this tool can read; the message names the file and the JSON path,
 * such as {@code notebooks/x.ipynb: cells[3].source: expected a string or a list of strings}.
 *
 * @since 0.1
 */
public class NotebookFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public NotebookFormatException(String message) {
    super(message);
  }
}
