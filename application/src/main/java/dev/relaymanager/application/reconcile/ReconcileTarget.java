package dev.relaymanager.application.reconcile;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;

/** What an operator asked to reconcile: one provider (its id or HOST/PACK/NAME), or a host. */
public record ReconcileTarget(Scope scope, String reference) {
  /** Whether {@code reference} names a provider or a host. */
  public enum Scope {
    PROVIDER,
    HOST
  }

  public ReconcileTarget {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(reference, "reference");
    reference = reference.strip();
  }

  /**
   * The target of {@code --provider} or {@code --host}, exactly one of them given.
   *
   * @throws InvalidInputException if both or neither is given
   */
  public static ReconcileTarget parse(String provider, String host) {
    boolean hasProvider = provider != null && !provider.isBlank();
    boolean hasHost = host != null && !host.isBlank();
    if (hasProvider == hasHost) {
      throw InvalidInputException.of("scope", "give exactly one of a provider or a host");
    }
    return hasProvider
        ? new ReconcileTarget(Scope.PROVIDER, provider)
        : new ReconcileTarget(Scope.HOST, host);
  }
}
