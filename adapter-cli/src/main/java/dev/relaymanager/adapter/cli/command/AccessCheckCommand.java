package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.access.AccessReport;
import dev.relaymanager.application.access.AccessTarget;
import dev.relaymanager.application.access.CheckAccess;
import dev.relaymanager.application.access.CheckAccess.KeySource;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.FailureClass;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code access check}: proves per mode that the smoke model is listed and answers with a user key.
 * Exits 0 when every checked mode is ready, 3 when the host could not be reached, 1 otherwise.
 */
@Command(
    name = "check",
    description =
        "Prove that ordinary users can use a provider: GET /v1/models lists the smoke model and a"
            + " chat with it succeeds, with the probe user's key or yours.")
public final class AccessCheckCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;
  @Mixin private AccessProviderOptions provider;

  @Option(names = "--mode", paramLabel = "M", description = "subscription or self_service.")
  private String mode;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description = "A user key to check with, from a file or - for stdin.")
  private String keyFile;

  @Option(
      names = "--key-env",
      paramLabel = "VAR",
      description = "A user key to check with, from an environment variable.")
  private String keyEnv;

  @Option(
      names = "--models-wait",
      paramLabel = "SECONDS",
      description = "How long to wait for the smoke model to be listed, 0-600 (default: 30).")
  private Integer modelsWait;

  public AccessCheckCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    KeySource key =
        UserKeyInput.read(context, keyFile, keyEnv)
            .<KeySource>map(KeySource.Given::new)
            .orElseGet(KeySource.ProbeUserKey::new);
    AccessTarget target = provider.resolve(context);
    List<ImportMode> modes =
        mode == null ? CheckAccess.Command.importedModes(target) : List.of(parseMode(mode));
    AccessReport report =
        context
            .workspace()
            .access()
            .check()
            .execute(
                new CheckAccess.Command(
                    target, modes, key, ModelsWait.polling(modelsWait), List.of()));
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, report, r -> AccessText.printCheck(out, r));
    return exitCode(report);
  }

  private static ImportMode parseMode(String text) {
    return ImportMode.fromWireName(text)
        .orElseThrow(
            () -> InvalidInputException.of("mode", "must be subscription or self_service"));
  }

  private static int exitCode(AccessReport report) {
    if (report.ready()) {
      return ExitCodes.OK;
    }
    boolean unreachable =
        report.modes().stream()
            .anyMatch(m -> m.failureClass().equals(FailureClass.NETWORK_ERROR.wireName()));
    return unreachable ? ExitCodes.HOST_UNREACHABLE : ExitCodes.FAILED;
  }
}
