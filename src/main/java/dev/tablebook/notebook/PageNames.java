package dev.tablebook.notebook;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names the pages of one report so that none is another's or the index's: {@code a.ipynb} gets
 * {@code a.html}, or the first free of {@code a-2.html}, {@code a-3.html}, … Names are compared as file
 * systems that ignore case or Unicode normalisation (macOS, Windows) would compare them.
 */
final class PageNames {
  private final Set<String> taken = new HashSet<>();

  /** Names taken from the start, such as the index's. */
  PageNames(String... reserved) {
    for (String name : reserved) {
      taken.add(key(name));
    }
  }

  /** The page of a notebook file named {@code fileName}, a name no earlier page has. */
  String pageFor(String fileName) {
    String stem = fileName.replaceFirst("(?i)\\.ipynb$", "");
    String page = stem + ".html";
    for (int n = 2; !taken.add(key(page)); n++) {
      page = stem + "-" + n + ".html";
    }
    return page;
  }

  /** How two file names compare on a file system that ignores case and normalisation: equal keys, one file. */
  static String key(String fileName) {
    return Normalizer.normalize(fileName, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** {@code page} as a relative URL: every byte but unreserved ASCII percent-encoded, so {@code #}, {@code ?}, {@code %} are part of the name. */
  static String href(String page) {
    StringBuilder url = new StringBuilder();
    for (byte b : page.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        url.append(c);
      } else {
        url.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return url.toString();
  }
}
