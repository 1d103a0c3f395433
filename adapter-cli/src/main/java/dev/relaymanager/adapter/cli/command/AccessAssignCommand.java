package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.access.AssignSubscriptions;
import dev.relaymanager.application.access.AssignmentReport;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code access assign-subscriptions}: gives users the provider's subscription; every user gets a
 * result. Exits 0 when every user has it, 1 when any failed.
 */
@Command(
    name = "assign-subscriptions",
    description =
        "Assign the provider's subscription group to users; each user is reported as created,"
            + " reused or failed.")
public final class AccessAssignCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;
  @Mixin private AccessProviderOptions provider;

  @Option(names = "--users", paramLabel = "EMAIL,...", description = "Users' emails.")
  private String users;

  @Option(
      names = "--users-file",
      paramLabel = "FILE",
      description = "A file with one email per line.")
  private String usersFile;

  @Option(
      names = "--validity-days",
      paramLabel = "N",
      description = "Days of the subscription (default: the pack's).")
  private Integer validityDays;

  public AccessAssignCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    AssignSubscriptions.Command command =
        new AssignSubscriptions.Command(
            provider.resolve(context),
            UserList.read(context, users, usersFile),
            validityDays == null ? OptionalInt.empty() : OptionalInt.of(validityDays));
    AssignmentReport report = context.workspace().access().assignSubscriptions().execute(command);
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, report, r -> AccessText.printAssignment(out, r));
    return report.complete() ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
