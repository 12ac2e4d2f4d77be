package dev.tablebook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/** The top-level {@code tablebook} command; each area of work is a subcommand. */
@Command(
    name = "tablebook",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "A Java notebook kernel and Tablesaw data toolkit.",
    subcommands = {DatasetsCommand.class, RunCommand.class, VerifyCommand.class, ReportCommand.class, KernelCommand.class, InstallCommand.class, TrainCommand.class, ClassDataCommand.class, HelpCommand.class})
final class TablebookCommand {}
