package dev.tablebook.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tablebook.engine.output.Output;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells written the way IJava and JJava notebooks write them run unchanged, in order. */
class IJavaCompatibilityTest extends EngineTestBase {

  private static final List<String> NOTEBOOK = List.of(
      "%maven com.fasterxml.jackson.core:jackson-databind:2.15.4",
      "import com.fasterxml.jackson.databind.ObjectMapper;\nimport com.fasterxml.jackson.databind.cfg.PackageVersion;\n\n"
          + "ObjectMapper mapper = new ObjectMapper();\n"
          + "display(mapper.writeValueAsString(Map.of(\"mean\", 4.0)) + \" with Jackson \" + PackageVersion.VERSION);",
      "class Greeter {\n  String greet(String name) { return \"Hello, \" + name; }\n}\nnew Greeter().greet(\"IJava\")",
      "record Pair(int left, int right) {}\nPair pair = new Pair(1, 2);\npair",
      "class Greeter {\n  String greet(String name) { return \"Hi, \" + name; }\n}\nnew Greeter().greet(\"again\")",
      "String id = display(\"loading...\");\nupdateDisplay(id, \"done\");",
      "render(pair, \"text/plain\")",
      "%%time\nint sum = 0;\nfor (int i = 1; i <= 100; i++) sum += i;\nSystem.out.println(sum);");

  @Test
  void anIJavaStyleNotebookRunsUnchanged() {
    List<RecordingSink> cells = new ArrayList<>();
    for (String cell : NOTEBOOK) {
      RecordingSink sink = new RecordingSink();
      CellResult result = engine.execute("cell " + (cells.size() + 1), cell, sink);
      assertTrue(result.ok(), "cell " + (cells.size() + 1) + ": " + sink.outputs);
      cells.add(sink);
    }
    assertEquals("{\"mean\":4.0} with Jackson 2.15.4", ((Output.DisplayData) cells.get(1).outputs.get(0)).bundle().plainText(),
        "%maven gets the asked version, not the kernel's own Jackson");
    assertEquals("Hello, IJava", cells.get(2).result());
    assertEquals("Pair[left=1, right=2]", cells.get(3).result());
    assertEquals("Hi, again", cells.get(4).result(), "a class redefined in a later cell");
    assertEquals("done", ((Output.UpdateDisplayData) cells.get(5).outputs.get(1)).bundle().plainText());
    assertEquals(List.of(), cells.get(5).results());
    assertEquals("Pair[left=1, right=2]", cells.get(6).result());
    assertTrue(cells.get(7).stdout().startsWith("5050\nWall time: "), cells.get(7).stdout());
  }
}
