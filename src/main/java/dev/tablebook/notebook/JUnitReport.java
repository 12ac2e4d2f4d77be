package dev.tablebook.notebook;

import dev.tablebook.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the verdicts of {@code tablebook verify} as JUnit XML, one test case per code cell, for CI
 * servers to read: a difference is a {@code failure}, the cell during which the notebook's JVM died an
 * {@code error}. Text XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE, U+FFFF)
 * is written as a visible {@code \}{@code uXXXX} escape, so any cell output gives a valid file.
 *
 * @since 0.1
 */
public final class JUnitReport {
  private JUnitReport() {}

  /**
   * Writes {@code verdicts} (by notebook) to {@code target}, atomically; creates its folder. A notebook
   * in {@code cached} had its outputs from the execution cache, executed at the time given: its suite
   * says so in a {@code tablebook.cached} property.
   */
  public static void write(Path target, Map<Path, List<NotebookVerifier.CellVerdict>> verdicts, Map<Path, Instant> cached)
      throws IOException {
    Path file = target.toAbsolutePath();
    Files.createDirectories(file.getParent());
    AtomicFiles.write(file, xml(verdicts, cached), true); // CI reads it; it holds what the notebooks print
  }

  /** The JUnit XML document, UTF-8 encoded. */
  static byte[] xml(Map<Path, List<NotebookVerifier.CellVerdict>> verdicts) throws IOException {
    return xml(verdicts, Map.of());
  }

  static byte[] xml(Map<Path, List<NotebookVerifier.CellVerdict>> verdicts, Map<Path, Instant> cached) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      for (Map.Entry<Path, List<NotebookVerifier.CellVerdict>> entry : verdicts.entrySet()) {
        suite(xml, entry.getKey().toString(), entry.getValue(), cached.get(entry.getKey()));
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  private static void suite(XMLStreamWriter xml, String notebook, List<NotebookVerifier.CellVerdict> verdicts, Instant cached)
      throws XMLStreamException {
    xml.writeCharacters("\n ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", XmlText.safe(notebook));
    xml.writeAttribute("tests", Integer.toString(verdicts.size()));
    xml.writeAttribute("failures", Long.toString(verdicts.stream().filter(v -> !v.matches() && !v.died()).count()));
    xml.writeAttribute("errors", Long.toString(verdicts.stream().filter(NotebookVerifier.CellVerdict::died).count()));
    xml.writeAttribute("skipped", Long.toString(verdicts.stream().filter(NotebookVerifier.CellVerdict::skipped).count()));
    if (cached != null) {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("properties");
      xml.writeEmptyElement("property");
      xml.writeAttribute("name", "tablebook.cached");
      xml.writeAttribute("value", cached.toString());
      xml.writeEndElement();
    }
    for (NotebookVerifier.CellVerdict verdict : verdicts) {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", XmlText.safe(notebook));
      xml.writeAttribute("name", XmlText.safe("cell " + verdict.cellNumber() + ": " + verdict.firstLine()));
      if (verdict.skipped()) {
        xml.writeEmptyElement("skipped");
      } else if (verdict.died()) {
        xml.writeStartElement("error");
        xml.writeAttribute("message", "the notebook's JVM died");
        xml.writeAttribute("type", "DeadKernelError");
        xml.writeCharacters(XmlText.safe(verdict.difference()));
        xml.writeEndElement();
      } else if (!verdict.matches()) {
        xml.writeStartElement("failure");
        xml.writeAttribute("message", "output differs");
        xml.writeCharacters(XmlText.safe(verdict.difference()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeCharacters("\n ");
    xml.writeEndElement();
  }
}
