package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.host.HostView;
import dev.relaymanager.application.host.RegisterHost;
import java.io.PrintWriter;
import java.nio.file.Path;
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
  private static final String FILE_SCHEME = "file:";

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

  public HostAddCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    RegisterHost.Command command =
        RegisterHost.Command.parse(
            name, url, absolute(adminKeyRef), adminEmail, absolute(adminPasswordRef), prefix);
    HostView host = context.workspace().registerHost().execute(command);
    PrintWriter out = spec.commandLine().getOut();
    context.print(
        out, host, h -> out.println("Registered host " + h.name() + " (" + h.url() + ")."));
    return ExitCodes.OK;
  }

  /** A relative {@code file:} reference made absolute against the working directory. */
  private String absolute(String reference) {
    if (reference == null || !reference.startsWith(FILE_SCHEME)) {
      return reference;
    }
    String location = reference.substring(FILE_SCHEME.length());
    if (location.isEmpty() || location.startsWith("/")) {
      return reference;
    }
    Path path = context.runtime().workingDirectory().resolve(location).normalize();
    return FILE_SCHEME + path;
  }
}
