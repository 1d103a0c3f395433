package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.pack.PackValidationReport;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code packs validate FILE}: checks a pack document completely and stores nothing; exits 0 when
 * valid (warnings on stderr) and 2 with every violation, one per line, when not.
 */
@Command(name = "validate", description = "Check a pack file completely; nothing is stored.")
public final class PackValidateCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "A YAML or JSON pack file, - for standard input, or builtin:NAME.")
  private String file;

  public PackValidateCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    PackValidationReport report =
        context.runtime().validatePack().execute(PackArgument.input(context, file));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    context.print(out, report, r -> PackText.report(out, err, r));
    err.flush();
    return report.valid() ? ExitCodes.OK : ExitCodes.USAGE;
  }
}
