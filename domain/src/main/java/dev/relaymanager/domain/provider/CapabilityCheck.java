package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.pack.Platform;
import dev.relaymanager.domain.pack.ProviderSpec;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a host can take a provider in a mode, decided before any write (PRODUCT §4). Channels are
 * optional: without them the import simply has no channel.
 */
public final class CapabilityCheck {
  private CapabilityCheck() {}

  /** Everything the host lacks for {@code spec} in {@code mode}; empty when it has all. */
  public static List<Violation> problems(
      ProviderSpec spec, ImportMode mode, HostCapabilities capabilities) {
    List<Violation> problems = new ArrayList<>();
    Platform platform = spec.platform();
    // openai works on every host; a native CN platform must have been accepted by the probe.
    if (platform != Platform.OPENAI && !capabilities.supportsPlatform(platform.wireName())) {
      problems.add(
          new Violation(
              "host.capabilities.platforms",
              "the host does not accept the platform '"
                  + platform.wireName()
                  + "' that provider '"
                  + spec.name()
                  + "' uses; upgrade the host or use a pack entry on the openai platform"));
    }
    if (mode == ImportMode.SUBSCRIPTION && !capabilities.subscriptions()) {
      problems.add(
          new Violation(
              "host.capabilities.subscriptions",
              "the host has no subscriptions; import in self_service mode instead"));
    }
    return List.copyOf(problems);
  }

  /** Throws {@link InvalidInputException} with every problem, if there is one. */
  public static void require(ProviderSpec spec, ImportMode mode, HostCapabilities capabilities) {
    List<Violation> problems = problems(spec, mode, capabilities);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
