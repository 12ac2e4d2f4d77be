package dev.tablebook.cli;

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
    return withDebugOption(cli);
  }

  /** Every command of {@code tablebook}. */
  static CommandLine wholeCommandLine() {
    return withDebugOption(new CommandLine(new TablebookCommand()));
  }

  /** The option every command takes: on a failure, print the stack trace after the one-line message. */
  static final String DEBUG = "--debug";

  static CommandLine.Model.OptionSpec debugOption() {
    return CommandLine.Model.OptionSpec.builder(DEBUG).scopeType(CommandLine.ScopeType.INHERIT)
        .description("On a failure, also print where in Tablebook it happened (the stack trace).").build();
  }

  /** Whether {@code --debug} was given as the option, to the command or one of its subcommands (not as a value). */
  private static boolean asksForDebug(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(DEBUG)) {
        return true;
      }
    }
    return false;
  }

  private static CommandLine withDebugOption(CommandLine cli) {
    cli.getCommandSpec().addOption(debugOption()); // inherited: every subcommand takes it
    return cli;
  }

  /** Runs the command line writing to {@code out} and {@code err}, and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    boolean kernel = args.length > 0 && args[0].equals("kernel");
    CommandLine cli = kernel ? kernelCommandLine() : wholeCommandLine();
    cli.setOut(out).setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      Failures.Failure failure = Failures.of(e);
      commandLine.getErr().println(failure.message());
      if (asksForDebug(parseResult)) {
        e.printStackTrace(commandLine.getErr());
      }
      return failure.exitCode();
    });
    try {
      return cli.execute(kernel ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
    } finally {
      cli.getOut().flush();
      cli.getErr().flush();
    }
  }
}
