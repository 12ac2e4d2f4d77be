package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookFormatTest {

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(NotebookFormatTest.class.getResource("/notebooks/" + name).toURI());
  }

  /** Written by Debian's python3-nbformat (nbformat.write), as Jupyter saves notebooks. */
  @Test
  void notebooksSavedByJupyterRoundTripByteForByte() throws Exception {
    for (String name : List.of("saved-by-nbformat.ipynb", "minor-2.ipynb")) {
      String original = Files.readString(fixture(name), StandardCharsets.UTF_8);
      assertEquals(original, Notebook.read(fixture(name)).toJson(), name);
    }
  }

  @Test
  void cellsSourceTagsAndUnknownFieldsAreKept() throws Exception {
    Notebook notebook = Notebook.read(fixture("saved-by-nbformat.ipynb"));
    List<Notebook.Cell> cells = notebook.cells();
    assertEquals(List.of("parameters"), cells.get(1).tags());
    assertEquals("System.out.println(\"hi\");\n6 * 7", cells.get(2).source());
    assertTrue(notebook.toJson().contains("\"custom_tool\": {"));
    assertTrue(notebook.toJson().contains("\"unknown_field\": {"));
    assertTrue(notebook.toJson().contains("«торговля» 貿易"), "non-ASCII is kept");
  }

  @Test
  void malformedNotebooksSayWhereTheyAreWrong() {
    assertEquals("x.ipynb: cells[0].source: expected a string or a list of strings", assertThrows(NotebookFormatException.class,
        () -> Notebook.parse("x.ipynb", "{\"nbformat\": 4, \"metadata\": {}, \"cells\": [{\"cell_type\": \"code\", \"source\": 5, \"outputs\": []}]}")).getMessage());
    assertTrue(assertThrows(NotebookFormatException.class, () -> Notebook.parse("old.ipynb", "{\"nbformat\": 3, \"worksheets\": []}"))
        .getMessage().startsWith("old.ipynb: nbformat 3 is too old; open and save it in Jupyter"));
    assertTrue(assertThrows(NotebookFormatException.class, () -> Notebook.parse("bad.ipynb", "{\"nbformat\": 4,"))
        .getMessage().startsWith("bad.ipynb:1:"));
    assertEquals("y.ipynb: cells[0].cell_type: expected code, markdown or raw, not \"python\"", assertThrows(NotebookFormatException.class,
        () -> Notebook.parse("y.ipynb", "{\"nbformat\": 4, \"metadata\": {}, \"cells\": [{\"cell_type\": \"python\", \"source\": \"\"}]}")).getMessage());
  }

  @Test
  void everyFieldTheToolReadsIsCheckedWhenTheNotebookIsRead() {
    String cell = "{\"nbformat\": 4, \"metadata\": {}, \"cells\": [{\"cell_type\": \"code\", \"source\": \"\", %s}]}";
    assertEquals("m.ipynb: cells[0].metadata: expected an object", assertThrows(NotebookFormatException.class,
        () -> Notebook.parse("m.ipynb", cell.formatted("\"metadata\": [], \"outputs\": []"))).getMessage());
    assertEquals("t.ipynb: cells[0].metadata.tags: expected a list of strings", assertThrows(NotebookFormatException.class,
        () -> Notebook.parse("t.ipynb", cell.formatted("\"metadata\": {\"tags\": [1]}, \"outputs\": []"))).getMessage());
    assertEquals("o.ipynb: cells[0].outputs: expected a list of outputs, each with an output_type", assertThrows(NotebookFormatException.class,
        () -> Notebook.parse("o.ipynb", cell.formatted("\"outputs\": [{\"text\": \"x\"}]"))).getMessage());
    assertEquals("c.ipynb: cells[0].execution_count: expected a whole number or null", assertThrows(NotebookFormatException.class,
        () -> Notebook.parse("c.ipynb", cell.formatted("\"outputs\": [], \"execution_count\": \"1\""))).getMessage());
  }

  /** Found by the fuzzer: a markdown cell carrying an {@code outputs} object broke every reader of outputs. */
  @Test
  void aMarkdownCellHasNoOutputsWhateverItCarries() throws NotebookFormatException {
    String text = "{\"nbformat\": 4, \"metadata\": {}, \"cells\": [{\"cell_type\": \"markdown\", \"source\": \"\", \"outputs\": {}}]}";
    Notebook notebook = Notebook.parse("md.ipynb", text);
    assertEquals(0, notebook.cells().get(0).outputs().size());
    assertEquals(Notebook.parse("md.ipynb", text).toJson(), notebook.toJson(), "reading outputs changes nothing");
  }

  @Test
  void writingIsAtomicAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("out.ipynb");
    Notebook.read(fixture("saved-by-nbformat.ipynb")).write(target);
    assertEquals(Files.readString(fixture("saved-by-nbformat.ipynb")), Files.readString(target));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void aFailingWriteIsAClearErrorAndTheOriginalStays(@TempDir Path dir) throws IOException {
    Path missingParent = dir.resolve("no-such-folder/out.ipynb");
    assertThrows(IOException.class, () -> Notebook.parse("n", "{\"nbformat\": 4, \"metadata\": {}, \"cells\": []}").write(missingParent));
  }
}
