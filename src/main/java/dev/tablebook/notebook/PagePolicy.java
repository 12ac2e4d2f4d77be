package dev.tablebook.notebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes a report page's scripts and its Content-Security-Policy, which lets only those run: the inline
 * scripts written here, by SHA-256 hash, and script files of the report's own folder ({@code 'self'}, which
 * Chromium matches for a page opened from {@code file://}). Nothing else runs — no script, event handler or
 * {@code javascript:} URL a notebook's output brings — and nothing loads from elsewhere, so the page opens offline.
 */
final class PagePolicy {
  private final Set<String> hashes = new LinkedHashSet<>();
  private boolean scriptFiles;

  /** A script element running {@code code}, which the policy allows by its hash. */
  String inlineScript(String code) {
    hashes.add("'sha256-" + sha256(code) + "'");
    return "<script>" + code + "</script>";
  }

  /** A script element loading {@code file}, a file the report wrote into its folder. */
  String scriptFile(String file) {
    scriptFiles = true;
    return "<script src=\"" + ReportWriter.escape(file) + "\"></script>";
  }

  /** The policy of the page so far; it belongs first in the head, before anything a notebook supplies. */
  String meta() {
    Set<String> scripts = new LinkedHashSet<>();
    if (scriptFiles) {
      scripts.add("'self'");
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

  private static String sha256(String code) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
