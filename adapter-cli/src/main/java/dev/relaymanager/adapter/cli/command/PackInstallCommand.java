package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.pack.PackInstallation;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code packs install FILE|builtin:NAME}: stores a valid pack and its digest; installing the same
 * content again is not an error.
 */
@Command(
    name = "install",
    description =
        "Install a pack; the same version with other content is refused, versions coexist.")
public final class PackInstallCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE|builtin:NAME",
      description = "A YAML or JSON pack file, - for standard input, or builtin:cn-core.")
  private String pack;

  public PackInstallCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    PackInstallation result =
        context.workspace().installPack().execute(PackArgument.input(context, pack));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    context.print(out, result, r -> PackText.installation(out, err, r));
    err.flush();
    return ExitCodes.OK;
  }
}
