package dev.relaymanager.adapter.http;

import dev.relaymanager.application.access.AccessTarget;
import dev.relaymanager.application.access.CheckAccess;
import dev.relaymanager.application.access.CheckAccess.KeySource;
import dev.relaymanager.domain.access.ModelPolling;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.Violations;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The body of {@code POST /api/providers/{id}/access}, all optional: {@code mode} (default: every
 * mode the provider was imported in), a user {@code key} to check with instead of the probe user's
 * (it proves one mode, so name it when the provider has both), and {@code models_wait_seconds}
 * (default 30). {@link #toString()} never shows the key.
 */
public record AccessCheckRequest(String mode, String key, Integer modelsWaitSeconds) {

  /** A check of every imported mode with the probe user's keys, for an empty body. */
  static AccessCheckRequest empty() {
    return new AccessCheckRequest(null, null, null);
  }

  /** The check of {@code target}; reports every problem of the body at once, never the key. */
  CheckAccess.Command toCommand(AccessTarget target) {
    Violations violations = new Violations();
    if (mode != null) {
      violations.check(this::parsedMode);
    }
    violations.check(this::keySource);
    violations.check(this::polling);
    violations.throwIfAny();
    List<ImportMode> modes =
        mode == null ? CheckAccess.Command.importedModes(target) : List.of(parsedMode());
    return new CheckAccess.Command(target, modes, keySource(), polling(), List.of());
  }

  private ImportMode parsedMode() {
    return ImportMode.fromWireName(mode)
        .orElseThrow(
            () -> InvalidInputException.of("mode", "must be subscription or self_service"));
  }

  private KeySource keySource() {
    return key == null
        ? new KeySource.ProbeUserKey()
        : new KeySource.Given(asField("key", () -> Secret.of(key.strip())));
  }

  private ModelPolling polling() {
    return modelsWaitSeconds == null
        ? ModelPolling.DEFAULT
        : asField(
            "models_wait_seconds", () -> ModelPolling.upTo(Duration.ofSeconds(modelsWaitSeconds)));
  }

  /** Runs {@code parse}, reporting its violations at the body's {@code field}. */
  private static <T> T asField(String field, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(field, e.violations().get(0).message());
    }
  }

  @Override
  public String toString() {
    return "AccessCheckRequest[mode="
        + mode
        + ", key="
        + (key == null ? "none" : "given")
        + ", modelsWaitSeconds="
        + modelsWaitSeconds
        + "]";
  }
}
