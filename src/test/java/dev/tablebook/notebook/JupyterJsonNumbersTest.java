package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Numbers in notebooks are read and written as Python's json module does, so a notebook Jupyter saved
 * comes back byte for byte. The fixtures are written by Debian's python3-nbformat: in
 * {@code src/test/resources/notebooks}, {@code /usr/bin/python3 make-float-notebooks.py}.
 */
class JupyterJsonNumbersTest {

  private static String fixture(String name) throws Exception {
    return Files.readString(path(name), StandardCharsets.UTF_8);
  }

  private static Path path(String name) throws URISyntaxException {
    return Path.of(JupyterJsonNumbersTest.class.getResource("/notebooks/" + name).toURI());
  }

  @Test
  void floatsInMetadataAndOutputsRoundTripByteForByte() throws Exception {
    String original = fixture("floats-by-nbformat.ipynb");
    assertEquals(original, Notebook.parse("floats-by-nbformat.ipynb", original).toJson());
  }

  @Test
  void hardFloatsRoundTripByteForByte() throws Exception {
    String original = fixture("hard-floats-by-nbformat.ipynb");
    assertEquals(original, Notebook.parse("hard-floats-by-nbformat.ipynb", original).toJson());
  }

  @Test
  void nanAndInfinitiesAreReadAsPythonReadsThem() throws Exception {
    JsonNode numbers = Notebook.parse("n.ipynb", fixture("floats-by-nbformat.ipynb")).metadata().path("tablebook_test");
    assertTrue(Double.isNaN(numbers.path("nan").doubleValue()));
    assertEquals(Double.POSITIVE_INFINITY, numbers.path("inf").doubleValue());
    assertEquals(Double.NEGATIVE_INFINITY, numbers.path("minus_inf").doubleValue());
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(numbers.path("negative_zero").doubleValue()));
  }

  @Test
  void integersKeepTheirExactValueHoweverBig() throws Exception {
    String digits = "9".repeat(5000);
    Notebook notebook = Notebook.parse("big.ipynb", "{\"nbformat\": 4, \"metadata\": {\"n\": -" + digits + "}, \"cells\": []}");
    assertEquals(new BigInteger("-" + digits), notebook.metadata().path("n").bigIntegerValue());
    assertTrue(notebook.toJson().contains("\"n\": -" + digits + "\n"));
  }

  @Test
  void floatsWrittenByOtherToolsAreWrittenBackAsPythonWould() throws Exception {
    Notebook notebook = Notebook.parse("other.ipynb",
        "{\"nbformat\": 4, \"metadata\": {\"a\": 1.10, \"b\": 1E5, \"c\": 1e400, \"d\": 0.000012, \"e\": -0e0}, \"cells\": []}");
    String json = notebook.toJson();
    for (String line : new String[] {"\"a\": 1.1,", "\"b\": 100000.0,", "\"c\": Infinity,", "\"d\": 1.2e-05,", "\"e\": -0.0\n"}) {
      assertTrue(json.contains(line), line + " in\n" + json);
    }
  }

  @Test
  void floatsSetByTheRunAreWrittenAsPythonWould() throws Exception {
    Notebook notebook = Notebook.parse("set.ipynb", "{\"nbformat\": 4, \"metadata\": {}, \"cells\": []}");
    notebook.metadata().put("double", 12345678.0).put("float", 0.1f).put("tiny", 1e-7);
    String json = notebook.toJson();
    assertTrue(json.contains("\"double\": 12345678.0,"), json);
    assertTrue(json.contains("\"float\": 0.10000000149011612,"), "a float is written as the double Python would hold: " + json);
    assertTrue(json.contains("\"tiny\": 1e-07\n"), json);
  }
}
