package dev.tablebook.engine.maven;

import dev.tablebook.engine.magic.MagicException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.maven.model.Model;
import org.apache.maven.model.Repository;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a {@code %%loadFromPOM} body as IJava documents: a lone {@code <project>} is the POM as it
 * is; otherwise a POM is built from the fragments, {@code <modelVersion>}, {@code <groupId>},
 * {@code <artifactId>}, {@code <version>} getting defaults, with the children of
 * {@code <dependencies>} and {@code <repositories>} and any loose {@code <dependency>} and
 * {@code <repository>}, and {@code <properties>}. Errors name the element or the place (line and
 * column of the body) that is wrong.
 */
final class CellPom {
  private static final String OPEN = "<cell>";
  private static final String TOP = "<dependency>, <dependencies>, <repository>, <repositories>, <properties>,"
      + " <modelVersion>, <groupId>, <artifactId> and <version>, or one whole <project>";
  private static final String DEPENDENCY = "<groupId>, <artifactId>, <version>, <type>, <classifier>, <scope>,"
      + " <systemPath>, <optional> and <exclusions>";
  private static final String REPOSITORY = "<id>, <name>, <url>, <layout>, <releases> and <snapshots>";
  private static final String POLICY = "<enabled>, <updatePolicy> and <checksumPolicy>";

  private CellPom() {}

  /** An element of the body, with the line its start tag ends on. */
  private record Element(String name, String text, List<Element> children, int line) {}

  static Model read(String body) throws MagicException {
    String xml = blankDeclaration(body);
    List<Element> top = elements(xml).children();
    if (top.stream().anyMatch(e -> e.name().equals("project"))) {
      if (top.size() != 1) {
        Element other = top.get(top.get(0).name().equals("project") ? 1 : 0);
        throw new MagicException("a <project> must be the cell's only element, but <" + other.name() + "> is beside it"
            + " (line " + other.line() + " of the cell's body); put it inside the <project>, or leave <project> out");
      }
      String pom = body.stripLeading(); // an XML declaration must come first; a POM is read as it is
      return MavenMagics.parse(pom.startsWith("<?xml") ? pom : body);
    }
    Model model = new Model();
    model.setModelVersion("4.0.0");
    model.setGroupId("tablebook.notebook");
    model.setArtifactId("cell");
    model.setVersion("1");
    for (Element e : top) {
      switch (e.name()) {
        case "modelVersion" -> model.setModelVersion(e.text());
        case "groupId" -> model.setGroupId(e.text());
        case "artifactId" -> model.setArtifactId(e.text());
        case "version" -> model.setVersion(e.text());
        case "properties" -> e.children().forEach(p -> model.addProperty(p.name(), p.text()));
        case "dependency" -> model.addDependency(dependency(e));
        case "dependencies" -> {
          for (Element d : only(e, "dependency")) {
            model.addDependency(dependency(d));
          }
        }
        case "repository" -> model.addRepository(repository(e));
        case "repositories" -> {
          for (Element r : only(e, "repository")) {
            model.addRepository(repository(r));
          }
        }
        default -> throw unknown(e, "the cell", TOP);
      }
    }
    return model;
  }

  private static org.apache.maven.model.Dependency dependency(Element e) throws MagicException {
    org.apache.maven.model.Dependency d = new org.apache.maven.model.Dependency();
    for (Element c : e.children()) {
      switch (c.name()) {
        case "groupId" -> d.setGroupId(c.text());
        case "artifactId" -> d.setArtifactId(c.text());
        case "version" -> d.setVersion(c.text());
        case "type" -> d.setType(c.text());
        case "classifier" -> d.setClassifier(c.text());
        case "scope" -> d.setScope(c.text());
        case "systemPath" -> d.setSystemPath(c.text());
        case "optional" -> d.setOptional(c.text());
        case "exclusions" -> {
          for (Element x : only(c, "exclusion")) {
            org.apache.maven.model.Exclusion exclusion = new org.apache.maven.model.Exclusion();
            for (Element f : x.children()) {
              switch (f.name()) {
                case "groupId" -> exclusion.setGroupId(f.text());
                case "artifactId" -> exclusion.setArtifactId(f.text());
                default -> throw unknown(f, "an <exclusion>", "<groupId> and <artifactId>");
              }
            }
            d.addExclusion(exclusion);
          }
        }
        default -> throw unknown(c, "a <dependency>", DEPENDENCY);
      }
    }
    return d;
  }

  private static Repository repository(Element e) throws MagicException {
    Repository r = new Repository();
    for (Element c : e.children()) {
      switch (c.name()) {
        case "id" -> r.setId(c.text());
        case "name" -> r.setName(c.text());
        case "url" -> r.setUrl(c.text());
        case "layout" -> r.setLayout(c.text());
        case "releases" -> r.setReleases(policy(c));
        case "snapshots" -> r.setSnapshots(policy(c));
        default -> throw unknown(c, "a <repository>", REPOSITORY);
      }
    }
    return r;
  }

  private static org.apache.maven.model.RepositoryPolicy policy(Element e) throws MagicException {
    org.apache.maven.model.RepositoryPolicy p = new org.apache.maven.model.RepositoryPolicy();
    for (Element c : e.children()) {
      switch (c.name()) {
        case "enabled" -> p.setEnabled(c.text());
        case "updatePolicy" -> p.setUpdatePolicy(c.text());
        case "checksumPolicy" -> p.setChecksumPolicy(c.text());
        default -> throw unknown(c, "<" + e.name() + ">", POLICY);
      }
    }
    return p;
  }

  /** The children of {@code e}, which must all be {@code <child>} elements. */
  private static List<Element> only(Element e, String child) throws MagicException {
    for (Element c : e.children()) {
      if (!c.name().equals(child)) {
        throw unknown(c, "<" + e.name() + ">", "<" + child + "> elements only");
      }
    }
    return e.children();
  }

  private static MagicException unknown(Element e, String where, String known) {
    return new MagicException("%%loadFromPOM does not understand <" + e.name() + "> in " + where + " (line " + e.line()
        + " of the cell's body); it takes " + known);
  }

  /** The body with a leading XML declaration blanked out (it cannot stand inside the wrapping element). */
  private static String blankDeclaration(String body) {
    String rest = body.stripLeading();
    int end = rest.indexOf("?>");
    if (!rest.startsWith("<?xml") || end < 0 || !(rest.length() > 5 && Character.isWhitespace(rest.charAt(5)))) {
      return body;
    }
    int from = body.length() - rest.length();
    return body.substring(0, from) + rest.substring(0, end + 2).replaceAll("[^\\n]", " ") + rest.substring(end + 2);
  }

  /** The body parsed as the content of one element, with no DTDs or external entities. */
  private static Element elements(String xml) throws MagicException {
    int doctype = xml.indexOf("<!DOCTYPE");
    if (doctype >= 0) { // the parser refuses it too, but in words of its own state machine
      throw new MagicException("the POM does not parse at line " + (1 + xml.substring(0, doctype).chars().filter(c -> c == '\n')
          .count()) + " of the cell's body: a <!DOCTYPE> is not allowed (DTDs and entities are not read)");
    }
    Builder builder = new Builder();
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.newSAXParser().parse(new InputSource(new StringReader(OPEN + xml + "</cell>")), builder);
    } catch (SAXParseException e) {
      throw malformed(xml, e, builder);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new MagicException("the POM does not parse: " + e.getMessage(), e);
    }
    if (builder.looseTextLine != 0) {
      throw new MagicException("%%loadFromPOM takes XML elements only; there is text outside them (line "
          + builder.looseTextLine + " of the cell's body)");
    }
    return builder.root;
  }

  private static MagicException malformed(String xml, SAXParseException e, Builder builder) {
    String[] lines = xml.split("\n", -1);
    int line = e.getLineNumber();
    int column = line == 1 ? e.getColumnNumber() - OPEN.length() : e.getColumnNumber();
    boolean atEnd = line > lines.length || (line == lines.length && column > lines[lines.length - 1].length());
    if (atEnd && builder.open.size() > 1) {
      Builder.Open unclosed = builder.open.peek();
      return new MagicException("the POM does not parse: the cell's body ends before <" + unclosed.name
          + "> (line " + unclosed.line + ") is closed", e);
    }
    return new MagicException("the POM does not parse at line " + line + ", column " + Math.max(column, 1)
        + " of the cell's body: " + e.getMessage(), e);
  }

  /** Builds the element tree, remembering where each element starts. */
  private static final class Builder extends DefaultHandler {
    private record Open(String name, int line, StringBuilder text, List<Element> children) {}

    private final java.util.Deque<Open> open = new java.util.ArrayDeque<>();
    private Locator locator;
    private Element root;
    private int looseTextLine;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      open.push(new Open(qName, locator == null ? 0 : locator.getLineNumber(), new StringBuilder(), new ArrayList<>()));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      Open top = open.peek();
      top.text().append(ch, start, length);
      String text = new String(ch, start, length);
      if (open.size() == 1 && looseTextLine == 0 && !text.isBlank()) {
        // The locator is at the end of the text: count back to the line where the text begins.
        String fromText = text.stripLeading();
        looseTextLine = locator == null ? -1 : locator.getLineNumber() - (int) fromText.chars().filter(c -> c == '\n').count();
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      Open done = open.pop();
      Element element = new Element(done.name(), done.text().toString().strip(), List.copyOf(done.children()), done.line());
      if (open.isEmpty()) {
        root = element;
      } else {
        open.peek().children().add(element);
      }
    }
  }
}
