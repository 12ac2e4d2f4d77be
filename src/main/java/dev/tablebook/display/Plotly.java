package dev.tablebook.display;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The plotly.js that Tablebook ships (from its webjar) and the MIME type of Plotly figures, shared by
 * the charts that write figures and the report that draws them, so both agree on one version.
 *
 * @since 0.2
 */
public final class Plotly {
  /** The MIME type of a Plotly figure, {@code {"data": [...], "layout": {...}}}. */
  public static final String MIME_TYPE = "application/vnd.plotly.v1+json";
  /** The version of plotly.js on the class path. */
  public static final String VERSION = "3.3.1";
  /**
   * The file name plotly.js is written under, next to an HTML page or in the kernelspec folder (where
   * Jupyter serves it at {@code kernelspecs/NAME/FILE_NAME}, so figures draw in a front end without it).
   */
  public static final String FILE_NAME = "plotly-" + VERSION + ".js";
  /**
   * The environment variable the kernelspec sets to its name, so that a figure's HTML asks Jupyter for
   * {@code kernelspecs/NAME/FILE_NAME} under the name the kernel was installed as.
   */
  public static final String KERNEL_NAME_VARIABLE = "TABLEBOOK_KERNEL_NAME";

  /** The name of the kernelspec this process runs as ({@link #KERNEL_NAME_VARIABLE}), else Tablebook's default. */
  public static String kernelName() {
    String name = System.getenv(KERNEL_NAME_VARIABLE);
    return name != null && name.matches("[a-zA-Z0-9._-]+") ? name : "tablebook";
  }
  private static final String RESOURCE = "META-INF/resources/webjars/plotly.js-dist/" + VERSION + "/plotly.js";
  private static volatile String script;

  private Plotly() {}

  /** Opens plotly.js from the class path; the caller closes the stream. */
  public static InputStream open() throws IOException {
    InputStream in = Plotly.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException("plotly.js is missing from the class path (" + RESOURCE + ")");
    }
    return in;
  }

  /** plotly.js as text, read once. */
  public static String script() {
    String text = script;
    if (text == null) {
      try (InputStream in = open()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      script = text;
    }
    return text;
  }
}
