package dev.tablebook.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JUnitReportTest {
  private static final String NASTY = "nul \u0000 ansi \u001b[31mred\u001b[0m lone \ud800 end ]]> & < \"q\" \t tab, pair \ud83d\ude00";

  @Test
  void aFailureWithCharactersXmlCannotCarryStillGivesAValidDocument() throws Exception {
    Map<Path, List<NotebookVerifier.CellVerdict>> verdicts = Map.of(Path.of("dir/a\u0007.ipynb"), List.of(
        new NotebookVerifier.CellVerdict(1, "System.out.print(\"\u0000\")", NASTY, false),
        new NotebookVerifier.CellVerdict(2, "1 + 1", "", false),
        new NotebookVerifier.CellVerdict(3, "skipped()", "", true)));
    Document document = parse(JUnitReport.xml(verdicts));
    Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
    assertEquals("dir/a\\u0007.ipynb", suite.getAttribute("name"));
    assertEquals("3", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("1", suite.getAttribute("skipped"));
    Element failing = (Element) document.getElementsByTagName("testcase").item(0);
    assertEquals("cell 1: System.out.print(\"\\u0000\")", failing.getAttribute("name"));
    String message = failing.getElementsByTagName("failure").item(0).getTextContent();
    assertEquals("nul \\u0000 ansi \\u001b[31mred\\u001b[0m lone \\ud800 end ]]> & < \"q\" \t tab, pair \ud83d\ude00", message);
    assertEquals(1, document.getElementsByTagName("skipped").getLength());
  }

  @Test
  void aCellWhoseJvmDiedIsAnErrorNotAFailure() throws Exception {
    Document document = parse(JUnitReport.xml(Map.of(Path.of("dies.ipynb"), List.of(
        new NotebookVerifier.CellVerdict(1, "halt()", "  the notebook's JVM died while this cell ran: exit code 3\n", false, true),
        new NotebookVerifier.CellVerdict(2, "after()", "  not run: the notebook's JVM died in cell 1\n", false)))));
    Element suite = (Element) document.getElementsByTagName("testsuite").item(0);
    assertEquals("1", suite.getAttribute("errors"));
    assertEquals("1", suite.getAttribute("failures"));
    Element error = (Element) document.getElementsByTagName("error").item(0);
    assertEquals("DeadKernelError", error.getAttribute("type"));
    assertTrue(error.getTextContent().contains("exit code 3"), error.getTextContent());
  }

  @Test
  void theFileIsWrittenWholeWithItsFolder(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("reports/junit.xml");
    JUnitReport.write(target, Map.of(Path.of("a.ipynb"), List.of(new NotebookVerifier.CellVerdict(1, "x", NASTY, false))), Map.of());
    assertEquals("testsuites", parse(Files.readAllBytes(target)).getDocumentElement().getTagName());
    try (var files = Files.list(target.getParent())) {
      assertEquals(List.of(target), files.toList(), "no temporary file left");
    }
    assertTrue(Files.readString(target).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
  }

  private static Document parse(byte[] xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }
}
