package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the nbformat reader: any text parses to a notebook or fails with
 * {@link NotebookFormatException}; what parses can be read and changed as a run does, and writes back to
 * text that parses to the same notebook.
 * Seeds: {@code src/test/resources/dev/tablebook/notebook/NotebookFuzzTestInputs}.
 */
class NotebookFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void textParsesOrFailsWithNotebookFormatException(byte[] input) {
    String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    Notebook notebook;
    try {
      notebook = Notebook.parse("fuzz.ipynb", text);
    } catch (NotebookFormatException expected) {
      return;
    }
    notebook.cells().forEach(cell -> {
      cell.type();
      cell.source();
      cell.tags();
      cell.outputs();
    });
    String written = notebook.toJson();
    Notebook ran = notebook.copy();
    ran.cells().stream().filter(cell -> cell.type().equals("code")).forEach(cell -> {
      cell.recordTiming(java.time.Instant.EPOCH, java.time.Instant.EPOCH);
      cell.setOutputs(cell.outputs().deepCopy());
      cell.setExecutionCount(1);
    });
    ran.metadata();
    try {
      assertEquals(written, Notebook.parse("fuzz.ipynb", written).toJson(), "a written notebook reads back the same");
    } catch (NotebookFormatException e) {
      throw new AssertionError("a notebook we wrote does not read back: " + e.getMessage(), e);
    }
  }
}
