package dev.tablebook.engine;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.maven.model.Model;
import org.apache.maven.model.Repository;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The Maven magics, in every form IJava documents: {@code %maven COORDINATES...} (also
 * {@code %addMavenDependency}, {@code %addMavenDependencies}), {@code %mavenRepo ID URL|FOLDER} (also
 * {@code %addMavenRepo}), {@code %loadFromPOM POM [SCOPES...]} and {@code %%loadFromPOM [SCOPES...]}
 * (the cell is a POM, or fragments of one, see {@link CellPom}). Scopes default to compile, runtime,
 * system and import, as IJava's.
 */
final class MavenMagics {
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
  private static final String IMPORT = "import";
  private static final List<String> SCOPES = List.of(JavaScopes.COMPILE, JavaScopes.PROVIDED, JavaScopes.RUNTIME,
      JavaScopes.TEST, JavaScopes.SYSTEM, IMPORT);
  private static final List<String> DEFAULT_SCOPES = List.of(JavaScopes.COMPILE, JavaScopes.RUNTIME, JavaScopes.SYSTEM,
      IMPORT);
  private MavenResolver resolver;

  List<Magic> magics() {
    return List.of(new MavenMagic(), new MavenRepoMagic(), new LoadFromPomMagic());
  }

  /** IJava's other names for the magics, by magic. */
  static Map<String, List<String>> aliases() {
    return Map.of("maven", List.of("addMavenDependency", "addMavenDependencies"), "mavenRepo", List.of("addMavenRepo"));
  }

  /** Every artifact resolved so far, to record with a notebook run. */
  synchronized List<String> resolvedArtifacts() {
    return resolver == null ? List.of() : resolver.resolvedArtifacts();
  }

  /** The resolver, made on first use: its classes cost start-up time that most sessions never need. */
  private synchronized MavenResolver resolver() {
    if (resolver == null) {
      resolver = new MavenResolver();
    }
    return resolver;
  }

  /**
   * Adds the resolved jars to the class path, except those of libraries cells already have from the
   * kernel (Tablesaw and what its API needs, see {@link CellClassPolicy}): cells keep the kernel's
   * copy, and a different version is reported with both versions. Every other library is added, and
   * wins over the kernel's hidden copy of it.
   */
  private static void addAll(List<Artifact> artifacts, MagicContext context) {
    for (Artifact artifact : artifacts) {
      Optional<String> kept = CellClassPolicy.keptVersion(artifact.getGroupId(), artifact.getArtifactId());
      if (kept.isEmpty()) {
        context.addToClassPath(artifact.getPath());
      } else if (!kept.get().equals(artifact.getBaseVersion())) {
        context.println(conflictNote(artifact.getGroupId() + ":" + artifact.getArtifactId(), artifact.getBaseVersion(), kept.get()));
      }
    }
  }

  /** The note for a resolved {@code library} (group:artifact) that cells get at the kernel's version instead. */
  static String conflictNote(String library, String resolved, String kept) {
    return "note: " + library + ":" + resolved + " was resolved, but cells get the kernel's " + kept
        + " (cells share Tablesaw and the libraries of its API with the kernel); the " + resolved + " jar was not added";
  }

  private final class MavenMagic implements Magic {
    @Override
    public String name() {
      return "maven";
    }

    @Override
    public String help() {
      return "add Maven artifacts (group:artifact:version ...) and their dependencies to the class path";
    }

    @Override
    public boolean run(String arguments, String body, MagicContext context) throws MagicException {
      if (arguments.isBlank()) {
        throw new MagicException("%maven needs coordinates, such as org.apache.commons:commons-math3:3.6.1 (the forms are "
            + MavenResolver.COORDINATE_FORMS + ")");
      }
      List<Dependency> dependencies = new ArrayList<>();
      for (String coordinates : arguments.trim().split("\\s+")) {
        dependencies.add(MavenResolver.dependency(coordinates, JavaScopes.RUNTIME));
      }
      addAll(resolve(dependencies, List.of(JavaScopes.COMPILE, JavaScopes.RUNTIME, JavaScopes.SYSTEM), context), context);
      return true;
    }
  }

  /** Resolves (and downloads) on a thread of its own, so an interrupt or the cell's time limit ends the wait. */
  private List<org.eclipse.aether.artifact.Artifact> resolve(List<Dependency> dependencies, List<String> scopes,
      MagicContext context) throws MagicException {
    try {
      return context.interruptibly("maven-download", () -> resolver().resolve(dependencies, scopes));
    } catch (MagicException e) {
      throw e;
    } catch (Exception e) {
      throw new MagicException("%maven could not resolve " + dependencies + ": " + e, e);
    }
  }

  private final class MavenRepoMagic implements Magic {
    @Override
    public String name() {
      return "mavenRepo";
    }

    @Override
    public String help() {
      return "add a Maven repository (ID URL, or ID FOLDER) for later %maven";
    }

    @Override
    public boolean run(String arguments, String body, MagicContext context) throws MagicException {
      String[] parts = arguments.trim().split("\\s+");
      if (parts.length != 2) {
        throw new MagicException("%mavenRepo needs an id and a URL or a folder, such as: %mavenRepo snapshots"
            + " https://example.org/repo, or %mavenRepo shipped ./repository");
      }
      resolver().addRepository(parts[0], repositoryUrl(parts[1], context::resolve, "%mavenRepo " + parts[0]));
      return true;
    }
  }

  /**
   * The URL of a repository at {@code location}: an http(s) or {@code file:} URL as it is, or a folder
   * (resolved by {@code paths}) as its {@code file:} URL.
   */
  static String repositoryUrl(String location, Function<String, Path> paths, String who) throws MagicException {
    if (location.matches("(?i)(https?://|file:)\\S+")) {
      return location;
    }
    if (location.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
      throw new MagicException(who + ": \"" + location + "\" is a URL Maven cannot read; use an http, https or file URL,"
          + " or a folder");
    }
    Path folder = paths.apply(location);
    if (!Files.isDirectory(folder)) {
      throw new MagicException(who + ": \"" + location + "\" is neither an http(s) or file URL nor a folder (there is no"
          + " folder " + folder + ")");
    }
    return folder.toUri().toString();
  }

  private final class LoadFromPomMagic implements Magic {
    @Override
    public String name() {
      return "loadFromPOM";
    }

    @Override
    public String help() {
      return "add the dependencies of a POM file, or of the cell's POM or POM fragments, to the class path";
    }

    @Override
    public boolean isCellMagic() {
      return true;
    }

    @Override
    public boolean run(String arguments, String body, MagicContext context) throws MagicException {
      List<String> scopes = new ArrayList<>(List.of(arguments.trim().split("\\s+")));
      scopes.removeIf(String::isBlank);
      Model model;
      Function<String, Path> paths;
      if (body == null) {
        if (scopes.isEmpty()) {
          throw new MagicException("%loadFromPOM needs a POM file, such as: %loadFromPOM pom.xml compile runtime");
        }
        Path file = context.resolve(scopes.remove(0));
        model = parse(MagicException.readFile("loadFromPOM", file));
        Path folder = file.toAbsolutePath().getParent();
        paths = p -> folder.resolve(p).normalize();
      } else {
        model = CellPom.read(body);
        paths = context::resolve;
      }
      for (String scope : scopes) {
        if (!SCOPES.contains(scope)) {
          throw new MagicException("%loadFromPOM: \"" + scope + "\" is not a Maven scope; the scopes are " + SCOPES);
        }
      }
      load(model, scopes.isEmpty() ? DEFAULT_SCOPES : scopes, paths, context);
      return true;
    }
  }

  /**
   * Adds the POM's repositories and the jars of its dependencies in {@code scopes}. Relative paths
   * (folders as repository URLs, system paths) and {@code ${project.basedir}} are resolved by {@code paths}.
   */
  private void load(Model model, List<String> scopes, Function<String, Path> paths, MagicContext context)
      throws MagicException {
    Properties properties = new Properties();
    properties.putAll(model.getProperties());
    String basedir = paths.apply("").toString();
    properties.setProperty("project.basedir", basedir);
    properties.setProperty("basedir", basedir);
    if (model.getGroupId() != null) {
      properties.setProperty("project.groupId", model.getGroupId());
    }
    if (model.getVersion() != null) {
      properties.setProperty("project.version", model.getVersion());
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (org.apache.maven.model.Dependency d : model.getDependencies()) {
      Dependency dependency = dependency(d, properties, scopes, paths);
      if (dependency != null) {
        dependencies.add(dependency);
      }
    }
    List<Runnable> additions = new ArrayList<>(); // made once all is checked: a mistake adds nothing
    for (Repository r : model.getRepositories()) {
      if (r.getId() == null || r.getUrl() == null) {
        throw new MagicException("a <repository> of the POM needs an <id> and a <url>");
      }
      String url = repositoryUrl(interpolate(r.getUrl(), properties), paths, "the POM's repository " + r.getId());
      additions.add(() -> resolver().addRepository(r.getId(), url, policy(r.getReleases()), policy(r.getSnapshots())));
    }
    additions.forEach(Runnable::run);
    if (!dependencies.isEmpty()) {
      addAll(resolve(dependencies, scopes, context), context);
    }
  }

  /** The POM's dependency {@code raw} with its properties replaced, or null when its scope is not asked for. */
  private static Dependency dependency(org.apache.maven.model.Dependency raw, Properties properties, List<String> scopes,
      Function<String, Path> paths) throws MagicException {
    org.apache.maven.model.Dependency d = raw.clone();
    d.setGroupId(interpolate(d.getGroupId(), properties));
    d.setArtifactId(interpolate(d.getArtifactId(), properties));
    d.setVersion(interpolate(d.getVersion(), properties));
    d.setType(interpolate(d.getType(), properties));
    d.setClassifier(interpolate(d.getClassifier(), properties));
    d.setSystemPath(interpolate(d.getSystemPath(), properties));
    String name = d.getGroupId() + ":" + d.getArtifactId();
    if (d.getGroupId() == null || d.getArtifactId() == null) {
      throw new MagicException("a <dependency> of the POM needs a <groupId> and an <artifactId> (" + name + ")");
    }
    if (d.getVersion() == null) {
      throw new MagicException("the POM's dependency " + name
          + " has no version (parent POMs and dependency management are not read)");
    }
    String scope = d.getScope() == null ? JavaScopes.COMPILE : d.getScope();
    if (!SCOPES.contains(scope)) {
      throw new MagicException("the POM's dependency " + name + " has scope \"" + scope + "\"; the scopes are " + SCOPES);
    }
    if (!scopes.contains(scope)) {
      return null;
    }
    if (scope.equals(IMPORT)) {
      throw new MagicException("the POM's dependency " + name + " has scope import, which only means something in"
          + " <dependencyManagement> (it imports a BOM's versions), and that is not read");
    }
    Path systemPath = null;
    if (scope.equals(JavaScopes.SYSTEM)) {
      if (d.getSystemPath() == null) {
        throw new MagicException("the POM's dependency " + name + " has scope system but no <systemPath> (the jar to add)");
      }
      systemPath = paths.apply(d.getSystemPath());
    } else if (d.getSystemPath() != null) {
      throw new MagicException("the POM's dependency " + name + " has a <systemPath>, which only scope system takes");
    }
    return MavenResolver.dependency(d, scope, systemPath);
  }

  private static RepositoryPolicy policy(org.apache.maven.model.RepositoryPolicy policy) {
    if (policy == null) {
      return null;
    }
    return new RepositoryPolicy(policy.isEnabled(),
        policy.getUpdatePolicy() == null ? RepositoryPolicy.UPDATE_POLICY_DAILY : policy.getUpdatePolicy(),
        policy.getChecksumPolicy() == null ? RepositoryPolicy.CHECKSUM_POLICY_WARN : policy.getChecksumPolicy());
  }

  /** A whole POM, read strictly (an unknown element is an error naming it with its line). */
  static Model parse(String pom) throws MagicException {
    try {
      return new MavenXpp3Reader().read(new StringReader(pom), true);
    } catch (IOException | XmlPullParserException e) {
      throw new MagicException("the POM does not parse: " + e.getMessage(), e);
    }
  }

  /** Replaces {@code ${name}} with the POM's properties (then system properties); unknown ones stay. */
  static String interpolate(String text, Properties properties) {
    if (text == null) {
      return null;
    }
    Matcher m = PROPERTY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = properties.getProperty(m.group(1), System.getProperty(m.group(1)));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    return m.appendTail(out).toString();
  }

  /**
   * Reads a {@code %%loadFromPOM} body as IJava documents: a lone {@code <project>} is the POM as it
   * is; otherwise a POM is built from the fragments, {@code <modelVersion>}, {@code <groupId>},
   * {@code <artifactId>}, {@code <version>} getting defaults, with the children of
   * {@code <dependencies>} and {@code <repositories>} and any loose {@code <dependency>} and
   * {@code <repository>}, and {@code <properties>}. Errors name the element or the place (line and
   * column of the body) that is wrong.
   */
  static final class CellPom {
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
}
