package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Injected parameters run in the engine (NotebookRunner starts and closes it) and hold exactly the values given. */
class ParametersEngineTest {
  private static final NotebookRunner.Progress QUIET = (done, total, line, elapsed, failed) -> { };
  private static final String TEXT = "a\rb\n\u2028\u0000\ud800 \\u000a \\\"«» 😀";

  @Test
  void awkwardValuesOfEveryTypeRunAsExactlyThoseValues(@TempDir Path dir) throws Exception {
    String declarations = "double rate = 0.5;\nfloat share = 1f;\ndouble zero = 1;\nlong big = 0L;\nint small = 0;\n"
        + "String text = \"\";\nboolean flag = false;\njava.time.LocalDate day = java.time.LocalDate.of(2024, 1, 1);";
    String check = "Double.isNaN(rate) + \" \" + share + \" \" + Double.doubleToRawLongBits(zero) + \" \" + big + \" \" + small"
        + " + \" \" + flag + \" \" + day + \" \" + text.chars().mapToObj(Integer::toHexString).collect(java.util.stream.Collectors.joining(\",\"))";
    Notebook notebook = Notebook.parse("p.ipynb", "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
        + cell("c0", declarations, "[\"parameters\"]") + ", " + cell("c1", check, "[]") + "]}");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("rate", "NaN");
    values.put("share", "-Infinity");
    values.put("zero", "-0.0");
    values.put("big", "-9223372036854775808");
    values.put("small", "-2147483648");
    values.put("text", TEXT);
    values.put("flag", "true");
    values.put("day", "+12345-01-01");
    NotebookRunner.Result result = NotebookRunner.run(notebook, dir, new NotebookRunner.Options(null, false, values), QUIET);
    assertTrue(result.failure().isEmpty(), () -> result.failure().get().toString());
    String expected = "true -Infinity " + Double.doubleToRawLongBits(-0.0) + " -9223372036854775808 -2147483648 true +12345-01-01 "
        + TEXT.chars().mapToObj(Integer::toHexString).collect(Collectors.joining(","));
    assertEquals(expected, result.notebook().cells().get(2).outputs().get(0).path("data").path("text/plain").get(0).asText());
  }

  private static String cell(String id, String source, String tags) {
    return "{\"cell_type\": \"code\", \"execution_count\": null, \"id\": \"" + id + "\", \"metadata\": {\"tags\": " + tags
        + "}, \"outputs\": [], \"source\": " + JupyterJson.MAPPER.getNodeFactory().textNode(source) + "}";
  }
}
