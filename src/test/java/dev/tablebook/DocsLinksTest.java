package dev.tablebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative Markdown link in the README, the reference pages ({@code src/site/markdown}), the
 * benchmarks and the notebooks' READMEs points at a file or folder that exists, so moving a file
 * cannot leave the docs pointing at nothing. Anchors ({@code #part}) are not checked; links with a
 * scheme ({@code https:}, {@code mailto:}) and links inside code are left alone.
 */
class DocsLinksTest {
  /** {@code [text](target)} or {@code [text](target "title")}; the text may hold code but no brackets. */
  private static final Pattern LINK = Pattern.compile("\\[[^\\]\\[]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1", Pattern.DOTALL);
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  @Test
  void everyRelativeLinkPointsAtAFile() throws IOException {
    List<Path> docs = docs();
    assertTrue(docs.contains(Path.of("README.md")), "the README is among the pages checked: " + docs);
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path doc : docs) {
      for (String target : relativeLinks(Files.readString(doc))) {
        checked++;
        String file = target.replaceFirst("[#?].*$", "");
        if (file.isEmpty()) {
          continue; // an anchor in the same page
        }
        Path resolved = doc.resolveSibling(URLDecoder.decode(file, StandardCharsets.UTF_8)).normalize();
        if (!Files.exists(resolved)) {
          broken.add(doc + ": " + target + " (no " + resolved + ")");
        }
      }
    }
    assertTrue(checked > 0, "no links found: is the working directory the project's folder?");
    assertEquals(List.of(), broken, "relative links that point at nothing");
  }

  @Test
  void linksInCodeAreNotLinks() {
    assertEquals(List.of("a.md", "b/c.md#part"),
        relativeLinks("[a](a.md) `[x](x.md)` [`code` b](b/c.md#part) [w](https://example.org/)\n"
            + "```\n[y](y.md)\n```\n[self](#top) [m](mailto:someone@example.org)"));
  }

  /** The Markdown files whose links are checked, relative to the project's folder. */
  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(Path.of("README.md"));
    docs.add(Path.of("src/bench/BENCHMARKS.md"));
    try (Stream<Path> site = Files.list(Path.of("src/site/markdown"))) {
      site.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    try (Stream<Path> notebooks = Files.walk(Path.of("notebooks"))) {
      notebooks.filter(p -> p.getFileName().toString().equals("README.md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  /** The link targets of a Markdown text that have no scheme and do not only name an anchor. */
  static List<String> relativeLinks(String markdown) {
    String text = CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll(m -> {
      String code = m.group();
      return code.contains("](") ? "" : Matcher.quoteReplacement(code); // keep `code` inside a link's text
    });
    List<String> links = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      String target = m.group(1);
      if (!SCHEME.matcher(target).find() && !target.startsWith("#")) {
        links.add(target);
      }
    }
    return links;
  }
}
