package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.AccessCheck;
import dev.relaymanager.domain.access.AccessClosure;
import dev.relaymanager.domain.access.ModelPolling;
import dev.relaymanager.domain.access.Verdict;
import dev.relaymanager.domain.port.AccessClosureRepository;
import dev.relaymanager.domain.port.Pause;
import dev.relaymanager.domain.port.ProbeUserRepository;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.FailureClass;
import dev.relaymanager.domain.shared.HostUnreachableException;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proves whether ordinary users can use a provider ({@code access check}): per mode, with the probe
 * user's key or the operator's, the smoke model must be listed and a smoke completion must succeed.
 * Records the result as the provider's {@link AccessClosure}. Creates nothing on the host.
 */
public final class CheckAccess {
  private static final Logger LOG = LoggerFactory.getLogger(CheckAccess.class);

  private final CheckKeys keys;
  private final ModeVerifier verifier;
  private final AccessClosureRepository closures;

  public CheckAccess(
      AccessSessions sessions,
      ProbeUserRepository probeUsers,
      AccessClosureRepository closures,
      Pause pause,
      Clock clock) {
    this.keys = new CheckKeys(sessions, Objects.requireNonNull(probeUsers, "probeUsers"));
    this.verifier =
        new ModeVerifier(
            Objects.requireNonNull(sessions, "sessions"),
            new ModelPoller(Objects.requireNonNull(pause, "pause")),
            Objects.requireNonNull(clock, "clock"));
    this.closures = Objects.requireNonNull(closures, "closures");
  }

  /** Which user key a check runs with. */
  public sealed interface KeySource {
    /** The probe user's key of each mode, found by its deterministic name. */
    record ProbeUserKey() implements KeySource {}

    /** A key the operator passed (or CloseAccess returned); it can prove one mode only. */
    record Given(Secret key) implements KeySource {
      public Given {
        Objects.requireNonNull(key, "key");
      }
    }
  }

  /**
   * What to check.
   *
   * @param modes the modes to check, at least one, each at most once
   * @param upstreamKeys upstream keys still in memory (during an import) for the direct comparison
   *     with the provider; empty otherwise
   */
  public record Command(
      AccessTarget target,
      List<ImportMode> modes,
      KeySource key,
      ModelPolling polling,
      List<Secret> upstreamKeys) {
    public Command {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(polling, "polling");
      modes = List.copyOf(new LinkedHashSet<>(modes));
      upstreamKeys = List.copyOf(upstreamKeys);
      if (modes.isEmpty()) {
        throw InvalidInputException.of("mode", "name at least one mode to check");
      }
      if (key instanceof KeySource.Given && modes.size() > 1) {
        throw InvalidInputException.of(
            "mode", "a user key is bound to one group: name the mode it is for with --mode");
      }
    }

    /** Every mode the provider has a group for (none: the command is refused). */
    public static List<ImportMode> importedModes(AccessTarget target) {
      return target.provider().groupIds().keySet().stream()
          .sorted()
          .collect(Collectors.toUnmodifiableList());
    }
  }

  /** Runs the check and records it. */
  public AccessReport execute(Command command) {
    AccessTarget target = command.target();
    List<AccessCheck> checks = new ArrayList<>();
    for (ImportMode mode : command.modes()) {
      target.groupId(mode);
      checks.add(
          verifier.verify(
              target, mode, keyOf(command, mode), command.polling(), command.upstreamKeys()));
    }
    AccessClosure closure =
        closures
            .find(target.provider().id())
            .orElseGet(() -> AccessClosure.start(target.provider().id()));
    for (AccessCheck check : checks) {
      closure = closure.record(check);
    }
    closures.save(closure);
    LOG.info("access of {}: {}", target.label(), closure.status().wireName());
    return new AccessReport(
        target.label(),
        closure.status().wireName(),
        checks.stream().allMatch(AccessCheck::isReady),
        checks.stream().map(ModeReport::of).collect(Collectors.toList()));
  }

  /** The key of {@code mode}; a host that cannot be reached is the check's network error. */
  private UserKey keyOf(Command command, ImportMode mode) {
    try {
      if (command.key() instanceof KeySource.Given) {
        return keys.givenKey(command.target(), mode, ((KeySource.Given) command.key()).key());
      }
      return keys.probeKey(command.target(), mode);
    } catch (HostUnreachableException e) {
      return new UserKey.Unusable(
          new Verdict.Failed(FailureClass.NETWORK_ERROR, "", e.getMessage()));
    }
  }
}
