package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.access.SetProbeUser;
import dev.relaymanager.application.host.HostView;
import dev.relaymanager.application.host.RegisterHost;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hosts add}: registers a host; its admin secret is given as a reference, never itself. */
@Command(
    name = "add",
    description =
        "Register a sub2api host. REF is env:VAR or file:PATH; the secret is never stored.")
public final class HostAddCommand implements Callable<Integer> {
  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "A slug such as prod-relay.")
  private String name;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "Base URL of the host.")
  private String url;

  @Option(
      names = "--admin-key-ref",
      paramLabel = "REF",
      description = "Where the admin API key is.")
  private String adminKeyRef;

  @Option(names = "--admin-email", paramLabel = "EMAIL", description = "Admin login email.")
  private String adminEmail;

  @Option(
      names = "--admin-password-ref",
      paramLabel = "REF",
      description = "Where the admin password is (with --admin-email).")
  private String adminPasswordRef;

  @Option(names = "--prefix", paramLabel = "P", description = "Prefix of managed objects (rm-).")
  private String prefix;

  @Option(
      names = "--probe-user",
      paramLabel = "EMAIL",
      description = "The ordinary user that proves access (created on the host if missing).")
  private String probeUser;

  @Option(
      names = "--probe-password-ref",
      paramLabel = "REF",
      description = "Where the probe user's password is (with --probe-user); never stored.")
  private String probePasswordRef;

  public HostAddCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    RegisterHost.Command command =
        RegisterHost.Command.parse(
            name,
            url,
            SecretRefs.absolute(context, adminKeyRef),
            adminEmail,
            SecretRefs.absolute(context, adminPasswordRef),
            prefix);
    SetProbeUser.Command probe = probeCommand();
    HostView host = context.workspace().registerHost().execute(command);
    if (probe != null) {
      context.workspace().access().setProbeUser().execute(probe);
    }
    PrintWriter out = spec.commandLine().getOut();
    context.print(
        out, host, h -> out.println("Registered host " + h.name() + " (" + h.url() + ")."));
    return ExitCodes.OK;
  }

  /** The probe user to set once the host is registered, checked first; null when none. */
  private SetProbeUser.Command probeCommand() {
    if (probeUser == null && probePasswordRef == null) {
      return null;
    }
    if (probeUser == null || probePasswordRef == null) {
      throw InvalidInputException.of(
          "probe_user", "give --probe-user and --probe-password-ref together");
    }
    return SetProbeUser.Command.parse(
        name, probeUser, SecretRefs.absolute(context, probePasswordRef));
  }
}
