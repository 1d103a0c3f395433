package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.adapter.cli.ExitCodes;
import dev.relaymanager.application.host.HostView;
import dev.relaymanager.application.host.ProbeView;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hosts probe NAME}: checks the host and records the outcome; the exit code says how it went
 * (0 healthy, 3 unreachable, 1 refused).
 */
@Command(name = "probe", description = "Probe a host: credentials, version, capabilities, latency.")
public final class HostProbeCommand implements Callable<Integer> {
  private static final Map<String, Integer> EXIT_BY_STATUS =
      Map.of(
          "healthy", ExitCodes.OK,
          "unreachable", ExitCodes.HOST_UNREACHABLE,
          "rejected", ExitCodes.FAILED,
          "compliance_required", ExitCodes.FAILED);

  private final CommandContext context;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The host's name.")
  private String name;

  public HostProbeCommand(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Integer call() throws Exception {
    HostView host = context.workspace().probeHost().execute(name);
    PrintWriter out = spec.commandLine().getOut();
    context.print(out, host, h -> HostText.details(out, h));
    ProbeView probe = host.lastProbe();
    explain(spec.commandLine().getErr(), host.name(), probe);
    return EXIT_BY_STATUS.getOrDefault(probe.status(), ExitCodes.FAILED);
  }

  private static void explain(PrintWriter err, String host, ProbeView probe) {
    String status = probe.status();
    if (status.equals("compliance_required")) {
      err.println(
          "error: host '"
              + host
              + "' requires an admin to accept its terms in the sub2api admin UI;"
              + " the relay manager never accepts them itself.");
    } else if (status.equals("rejected")) {
      err.println("error: host '" + host + "' rejected the probe: " + probe.detail());
    } else if (status.equals("unreachable")) {
      err.println("error: host '" + host + "' is unreachable: " + probe.detail());
    }
    err.flush();
  }
}
