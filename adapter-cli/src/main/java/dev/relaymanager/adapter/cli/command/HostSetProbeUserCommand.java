package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.access.SetProbeUser;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hosts set-probe-user}: sets the ordinary user through whom access is proven. */
@Command(
    name = "set-probe-user",
    description =
        "Set the host's probe user; it is created on the host (marked) when access is closed."
            + " REF is env:VAR or file:PATH; the password is never stored.")
public final class HostSetProbeUserCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The host.")
  private String name;

  @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "User email.")
  private String email;

  @Option(
      names = "--password-ref",
      required = true,
      paramLabel = "REF",
      description = "Where the user's password is.")
  private String passwordRef;

  public HostSetProbeUserCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    SetProbeUser.ProbeUserView view =
        context
            .workspace()
            .access()
            .setProbeUser()
            .execute(
                SetProbeUser.Command.parse(name, email, SecretRefs.absolute(context, passwordRef)));
    PrintWriter out = spec.commandLine().getOut();
    context.print(
        out,
        view,
        v ->
            out.println(
                "Probe user of " + v.host() + ": " + v.email() + " (" + v.passwordRef() + ")."));
    return ExitCodes.OK;
  }
}
