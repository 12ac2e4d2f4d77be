package dev.tablebook.engine.maven;

import dev.tablebook.engine.magic.MagicException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What {@code %maven} takes from the user's Maven settings ({@code ~/.m2/settings.xml}): the local
 * repository and the mirrors. Other settings (servers, proxies, profiles) are not read.
 */
record MavenSettings(Path localRepository, List<Mirror> mirrors) {

  /** A {@code <mirror>}: requests for repositories matching {@code mirrorOf} go to {@code url}. */
  record Mirror(String id, String url, String mirrorOf) {}

  /** The settings of the user running this JVM; defaults when there is no settings file. */
  static MavenSettings ofUser() throws MagicException {
    Path m2 = Path.of(System.getProperty("user.home"), ".m2");
    return read(m2.resolve("settings.xml"), m2.resolve("repository"));
  }

  static MavenSettings read(Path settings, Path defaultRepository) throws MagicException {
    if (!Files.isRegularFile(settings)) {
      return new MavenSettings(defaultRepository, List.of());
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = factory.newDocumentBuilder().parse(settings.toFile());
      String local = text(doc.getDocumentElement(), "localRepository");
      List<Mirror> mirrors = new ArrayList<>();
      NodeList nodes = doc.getElementsByTagName("mirror");
      for (int i = 0; i < nodes.getLength(); i++) {
        Element mirror = (Element) nodes.item(i);
        mirrors.add(new Mirror(text(mirror, "id"), text(mirror, "url"), text(mirror, "mirrorOf")));
      }
      return new MavenSettings(local == null ? defaultRepository : Path.of(expand(local)), mirrors);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new MagicException("cannot read Maven settings " + settings + ": " + e.getMessage(), e);
    }
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
  }

  private static String expand(String path) {
    return path.replace("${user.home}", System.getProperty("user.home"));
  }
}
