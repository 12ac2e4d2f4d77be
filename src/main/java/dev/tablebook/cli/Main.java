package dev.tablebook.cli;

import dev.tablebook.data.DataPackageException;
import dev.tablebook.jvm.ClassDataArchive;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code tablebook} command's entry point: parses the arguments and exits with the command's code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    ClassDataArchive.notUsedWarning().ifPresent(System.err::println);
    System.exit(run(args));
  }

  /** Runs the command line on the standard streams; returns 0 ok, 1 invalid data or failed work, 2 usage. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
  }

  /**
   * {@code tablebook kernel} on its own, as the whole command tree would parse it (same name, help and
   * version options): Jupyter waits for this command's first reply, and building the other commands'
   * models first costs picocli about 0.1 s of a cold start.
   */
  static CommandLine kernelCommandLine() {
    CommandLine cli = new CommandLine(new KernelCommand());
    cli.setCommandName("tablebook kernel");
    cli.getCommandSpec().mixinStandardHelpOptions(true).versionProvider(new VersionProvider());
    return cli;
  }

  /** Runs the command line writing to {@code out} and {@code err}, and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    boolean kernel = args.length > 0 && args[0].equals("kernel");
    CommandLine cli = (kernel ? kernelCommandLine() : new CommandLine(new TablebookCommand())).setOut(out).setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof DataPackageException problems) {
        commandLine.getErr().println(problems.getMessage());
        return 1;
      }
      if (e instanceof IllegalArgumentException) {
        commandLine.getErr().println("tablebook: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    try {
      return cli.execute(kernel ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
    } finally {
      cli.getOut().flush();
      cli.getErr().flush();
    }
  }
}
