package dev.tablebook.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tablebook.engine.LanguageInfo;
import dev.tablebook.notebook.Notebook;
import dev.tablebook.notebook.NotebookRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A notebook the runner executed holds what JupyterLab would set as it opens it with the installed
 * kernel (kernel_info's language_info, the kernelspec) and a cell id in every cell, so opening it
 * changes nothing and does not mark it modified.
 */
class ExecutedNotebookMetadataTest {
  private static final NotebookRunner.Progress QUIET = (done, total, line, elapsed, failed) -> { };
  /** nbformat 4.4, no ids but one, two cells alike, old language_info and no kernelspec. */
  private static final String OLD = """
      {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Title"]},
        {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["int x = 1;"]},
        {"cell_type": "code", "execution_count": null, "id": "mine", "metadata": {}, "outputs": [], "source": ["x + 1"]},
        {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["x + 1"]}
      ],
      "metadata": {"language_info": {"name": "java", "mimetype": "text/x-java-source", "file_extension": ".jshell"}},
      "nbformat": 4, "nbformat_minor": 4}
      """;

  private static Notebook run(Path dir) throws Exception {
    NotebookRunner.Result result = NotebookRunner.run(Notebook.parse("old.ipynb", OLD), dir, NotebookRunner.Options.defaults(), QUIET);
    assertTrue(result.failure().isEmpty(), result.failure().toString());
    return Notebook.parse("executed.ipynb", result.notebook().toJson());
  }

  private static List<String> ids(Notebook notebook) throws Exception {
    List<String> ids = new ArrayList<>();
    for (JsonNode cell : Json.MAPPER.readTree(notebook.toJson()).path("cells")) {
      ids.add(cell.path("id").asText(null));
    }
    return ids;
  }

  @Test
  void everyCellHasAUniqueIdThatASecondRunKeeps(@TempDir Path dir) throws Exception {
    Notebook first = run(dir);
    List<String> ids = ids(first);
    assertEquals(4, ids.size());
    for (String id : ids) {
      assertTrue(id != null && id.matches("[a-zA-Z0-9_-]{1,64}"), "nbformat 4.5's cell id: " + ids);
    }
    assertEquals(ids.size(), new HashSet<>(ids).size(), "unique: " + ids);
    assertEquals("mine", ids.get(2), "an id already there is kept");
    assertNotEquals(ids.get(2), ids.get(3));
    assertEquals(ids, ids(run(dir)), "the same input gives the same ids");
    assertEquals(ids, ids(NotebookRunner.run(first, dir, NotebookRunner.Options.defaults(), QUIET).notebook()),
        "re-running the executed notebook keeps them");
    assertEquals(5, Json.MAPPER.readTree(first.toJson()).path("nbformat_minor").asInt());
  }

  @Test
  void metadataIsWhatTheInstalledKernelTellsJupyterLab(@TempDir Path dir) throws Exception {
    Notebook executed = run(dir);
    assertEquals(KernelInfo.content().get("language_info"), executed.metadata().get("language_info"));
    Path jar = Files.writeString(dir.resolve("built.jar"), "a jar");
    Path installed = KernelSpec.install(dir.resolve("kernels"), LanguageInfo.KERNEL_NAME, LanguageInfo.DISPLAY_NAME,
        Path.of("/usr/bin/java"), List.of(), jar);
    JsonNode spec = Json.MAPPER.readTree(Files.readString(installed.resolve("kernel.json")));
    // JupyterLab sets {name, display_name, language} from the kernel it starts
    assertEquals(Json.MAPPER.valueToTree(Map.of("name", installed.getFileName().toString(),
        "display_name", spec.path("display_name").asText(), "language", spec.path("language").asText())),
        executed.metadata().get("kernelspec"));
  }
}
