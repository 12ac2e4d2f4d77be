package dev.tablebook.cli;

import dev.tablebook.engine.LanguageInfo;
import dev.tablebook.jvm.ClassDataArchive;
import dev.tablebook.jvm.JvmOptions;
import dev.tablebook.kernel.KernelSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tablebook install}: writes the Jupyter kernelspec. */
@Command(name = "install", description = {
    "Install Tablebook as a Jupyter kernel.",
    "Where: --user (default) into $JUPYTER_DATA_DIR/kernels or ~/.local/share/jupyter/kernels;"
        + " --sys-prefix into <python sys.prefix>/share/jupyter/kernels; --prefix DIR into DIR/share/jupyter/kernels.",
    "The kernel runs from a copy of this jar inside the kernelspec folder, so rebuilding does not break it,"
        + " with a class-data archive made for that copy and this Java (the kernel starts without it if it does not fit).",
    "Remove with: jupyter kernelspec uninstall NAME (or delete the folder it prints)."})
final class InstallCommand implements Callable<Integer> {
  static final class Location {
    @Option(names = "--user", description = "Install for this user (the default).")
    boolean user;

    @Option(names = "--sys-prefix", description = "Install into the sys.prefix of python3 (a virtualenv or conda env).")
    boolean sysPrefix;

    @Option(names = "--prefix", paramLabel = "DIR", description = "Install into DIR/share/jupyter/kernels.")
    Path prefix;
  }

  @ArgGroup(exclusive = true)
  Location location = new Location();

  @Option(names = "--name", defaultValue = LanguageInfo.KERNEL_NAME, description = "Kernel name (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--display-name", defaultValue = LanguageInfo.DISPLAY_NAME, description = "Name shown in Jupyter (default: ${DEFAULT-VALUE}).")
  String displayName;

  @Option(names = "--jvm-opt", paramLabel = "OPT", description = "A JVM option for the kernel, such as -Xmx4g; repeatable.")
  List<String> jvmOptions = new ArrayList<>();

  @Option(names = "--no-class-data",
      description = "Make no class-data archive (install takes 7-10 s less; each kernel start takes 0.5-0.9 s more to a first result).")
  boolean noClassData;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException, URISyntaxException {
    ExecutedFiles.checkWritableFolder(kernelsDir()); // where it goes is checked first: the usual mistake
    Path jar = Path.of(InstallCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("install runs from the Tablebook jar (this is " + jar + "): use ./tablebook install");
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> kernelOptions = new ArrayList<>(JvmOptions.forCells(java));
    kernelOptions.addAll(JvmOptions.KERNEL);
    kernelOptions.addAll(jvmOptions);
    Path dir = KernelSpec.install(kernelsDir(), name, displayName, java, kernelOptions, jar,
        installed -> noClassData ? List.of() : classDataOptions(java, installed));
    spec.commandLine().getOut().println("Installed the Jupyter kernel \"" + name + "\" (" + displayName + ") in " + dir);
    spec.commandLine().getOut().println("Remove it with: jupyter kernelspec uninstall " + name + "   (or delete " + dir + ")");
    return 0;
  }

  /** Makes the class-data archive of the installed jar; when that fails, says why: the kernel starts without it. */
  private List<String> classDataOptions(Path java, Path installedJar) {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Making a class-data archive so the kernel starts faster (a training run, about 10 s; skip with --no-class-data) ...");
    out.flush();
    try {
      ClassDataArchive.Made made = ClassDataArchive.make(java, installedJar, jvmOptions); // the training adds JvmOptions.forCells
      out.printf("Made %s (%d MB) in %.1f s%n", made.archive().getFileName(), made.bytes() >> 20, made.took().toMillis() / 1000.0);
      return ClassDataArchive.jvmOptionsToStore(java, installedJar);
    } catch (IOException e) {
      spec.commandLine().getErr().println("tablebook: warning: no class-data archive, the kernel starts without one: " + e.getMessage());
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  private Path kernelsDir() throws IOException, InterruptedException {
    if (location.prefix != null) {
      return location.prefix.toAbsolutePath().resolve("share/jupyter/kernels");
    }
    if (location.sysPrefix) {
      Process python = new ProcessBuilder("python3", "-c", "import sys; print(sys.prefix)").redirectErrorStream(true).start();
      String prefix = new String(python.getInputStream().readAllBytes()).strip();
      if (python.waitFor() != 0 || prefix.isEmpty()) {
        throw new IllegalArgumentException("--sys-prefix needs python3 on the PATH: " + prefix);
      }
      return Path.of(prefix, "share", "jupyter", "kernels");
    }
    String dataDir = System.getenv("JUPYTER_DATA_DIR");
    Path base = dataDir != null && !dataDir.isBlank() ? Path.of(dataDir)
        : Path.of(System.getProperty("user.home"), ".local", "share", "jupyter");
    return base.resolve("kernels");
  }
}
