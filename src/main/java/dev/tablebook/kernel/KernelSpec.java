package dev.tablebook.kernel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tablebook.display.Plotly;
import dev.tablebook.engine.LanguageInfo;
import dev.tablebook.io.AtomicFiles;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * Writes a Jupyter kernelspec for Tablebook: {@code kernel.json} (interrupts by message), two logos,
 * and a copy of the jar the kernel runs from, so rebuilding the project never breaks an installed
 * kernel. Every file is written to a temporary file first and then renamed.
 *
 * @since 0.1
 */
public final class KernelSpec {
  /** The jar's name inside the kernelspec folder. */
  public static final String JAR = "tablebook.jar";

  private KernelSpec() {}

  /**
   * Installs into {@code kernelsDir/name} and returns that folder.
   *
   * @param java the java executable the kernel starts with
   * @param jar the runnable Tablebook jar to copy
   */
  public static Path install(Path kernelsDir, String name, String displayName, Path java, List<String> jvmOptions, Path jar)
      throws IOException {
    return install(kernelsDir, name, displayName, java, jvmOptions, jar, installed -> List.of());
  }

  /**
   * As {@link #install(Path, String, String, Path, List, Path)}, with more JVM options that depend on
   * the installed copy of the jar (those of a class-data archive made for it): {@code moreOptions} is
   * called with that copy once it is in place, before {@code kernel.json} is written.
   *
   * @since 0.2
   */
  public static Path install(Path kernelsDir, String name, String displayName, Path java, List<String> jvmOptions, Path jar,
      Function<Path, List<String>> moreOptions) throws IOException {
    if (!name.matches("[a-zA-Z0-9._-]+")) {
      throw new IllegalArgumentException("a kernel name may hold only letters, digits, '.', '_' and '-': " + name);
    }
    Path dir = Files.createDirectories(kernelsDir.resolve(name)).toAbsolutePath().normalize();
    atomicCopy(jar, dir.resolve(JAR));
    List<String> extra = moreOptions.apply(dir.resolve(JAR));
    ObjectNode spec = Json.object();
    ArrayNode argv = spec.putArray("argv");
    argv.add(java.toAbsolutePath().normalize().toString()); // Jupyter runs argv from the notebook's folder: no relative paths
    jvmOptions.forEach(argv::add);
    extra.forEach(argv::add);
    argv.add("-jar").add(dir.resolve(JAR).toString()).add("kernel").add("-f").add("{connection_file}");
    spec.put("display_name", displayName);
    spec.put("language", LanguageInfo.current().name());
    spec.put("interrupt_mode", "message");
    spec.putObject("env").put(Plotly.KERNEL_NAME_VARIABLE, name); // so the kernel's figures find the plotly.js below
    spec.putObject("metadata").put("debugger", true); // JupyterLab shows its debugger for kernels that say so
    atomicWrite(dir.resolve("kernel.json"),
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(spec).getBytes(StandardCharsets.UTF_8));
    atomicWrite(dir.resolve("logo-32x32.png"), logo(32));
    atomicWrite(dir.resolve("logo-64x64.png"), logo(64));
    // Jupyter serves the kernelspec's files: a jsplot figure whose page has no plotly.js loads this one.
    try (InputStream plotly = Plotly.open()) {
      atomicWrite(dir.resolve(Plotly.FILE_NAME), plotly.readAllBytes());
    }
    return dir;
  }

  /** A simple square logo: "Tb" on Tablebook blue. */
  static byte[] logo(int size) throws IOException {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(0x1f, 0x4e, 0x79));
    g.fillRoundRect(0, 0, size, size, size / 4, size / 4);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size / 2));
    int width = g.getFontMetrics().stringWidth("Tb");
    g.drawString("Tb", (size - width) / 2, size * 2 / 3);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return png.toByteArray();
  }

  private static void atomicWrite(Path target, byte[] bytes) throws IOException {
    AtomicFiles.write(target, bytes, true); // a kernelspec holds no secret, and shared installs are read by others
  }

  private static void atomicCopy(Path source, Path target) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(source)) {
      AtomicFiles.copy(in, target, true);
    }
  }
}
