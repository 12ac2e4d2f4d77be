package dev.tablebook.notebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes a report page's scripts and its Content-Security-Policy, which lets exactly those run: each inline
 * script written here by its SHA-256 hash, and plotly.js because the page's hashed loader adds it
 * ({@code 'strict-dynamic'}: a script that an allowed script adds runs, a {@code <script>} element in the
 * page's HTML does not). No origin is allowed: {@code 'self'} would let any script file run, since Chromium
 * counts every {@code file://} URL as the page's own; and a file cannot be allowed by hash either, since
 * Chromium checks no {@code integrity} from a page opened from {@code file://}. So nothing else runs — no
 * script, script file, event handler or {@code javascript:} URL a notebook's output brings — and nothing
 * loads from elsewhere, so the page opens offline.
 */
final class PagePolicy {
  /** What the loader calls the chart function; each chart's script calls it with the figure. */
  static final String DRAW = "tablebookChart";

  private final Set<String> hashes = new LinkedHashSet<>();
  private boolean loads;

  /** A script element running {@code code}, which the policy allows by its hash. */
  String inlineScript(String code) {
    hashes.add("'sha256-" + sha256(code) + "'");
    return "<script>" + code + "</script>";
  }

  /**
   * The loader of {@code file}, plotly.js in the report's folder, for the start of the page's body, before
   * anything of the notebook's: it adds the file's script element and defines {@value #DRAW}{@code (data,
   * layout)}, with which a chart's script draws into the element just before it once plotly.js is there.
   */
  String plotlyLoader(String file) {
    loads = true;
    return inlineScript(loaderCode(file));
  }

  /**
   * The loader's code. The functions it uses are taken before the notebook's HTML could shadow them by
   * name; a chart whose plotly.js did not load says so in its place.
   */
  static String loaderCode(String file) {
    return "(function(){var doc=document,current=Object.getOwnPropertyDescriptor(Document.prototype,\"currentScript\").get,"
        + "queue=[],failed=false,plotly=doc.createElement(\"script\");"
        + "function draw(c){if(failed){c[0].textContent=\"This chart needs \"+plotly.src+\", which did not load.\";}"
        + "else{Plotly.newPlot(c[0],c[1],c[2],{responsive:true});}}"
        + "function drawQueued(){var q=queue;queue=null;q.forEach(draw);}"
        + "plotly.src=" + jsString(file) + ";plotly.onload=drawQueued;plotly.onerror=function(){failed=true;drawQueued();};"
        + "window." + DRAW + "=function(data,layout){var c=[current.call(doc).previousElementSibling,data,layout];"
        + "if(queue){queue.push(c);}else{draw(c);}};"
        + "doc.head.appendChild(plotly);})();";
  }

  /** The policy of the page so far; it belongs first in the head, before anything a notebook supplies. */
  String meta() {
    Set<String> scripts = new LinkedHashSet<>();
    if (loads) {
      scripts.add("'strict-dynamic'");
    }
    scripts.addAll(hashes);
    return "<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy(scripts.isEmpty() ? "'none'" : String.join(" ", scripts))
        + "\">";
  }

  private static String policy(String scriptSources) {
    // plotly.js sets inline styles; data: images are the outputs' own. No default source: fonts, frames, objects,
    // connections and remote anything are refused; <base> and form submission too.
    return "default-src 'none'; script-src " + scriptSources + "; style-src 'unsafe-inline'; img-src data:;"
        + " base-uri 'none'; form-action 'none'";
  }

  /** {@code text} as a JavaScript string literal that cannot end its script element. */
  private static String jsString(String text) {
    StringBuilder literal = new StringBuilder("\"");
    text.chars().forEach(c -> literal.append(c == '"' || c == '\\' || c < 0x20 || c == '<' || c > 0x7e
        ? String.format(java.util.Locale.ROOT, "\\u%04x", c) : String.valueOf((char) c)));
    return literal.append('"').toString();
  }

  static String sha256(String code) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
