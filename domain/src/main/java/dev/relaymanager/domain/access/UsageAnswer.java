package dev.relaymanager.domain.access;

import java.util.Objects;

/** The answer of {@code GET /v1/usage}: a cheap self-check of the user side. */
public sealed interface UsageAnswer {
  /**
   * The host described the key's access.
   *
   * @param mode {@code unrestricted} or {@code quota_limited}
   * @param remainingUsd what is left, as the host's text (may be empty)
   */
  record Described(String mode, boolean valid, String remainingUsd) implements UsageAnswer {
    public Described {
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(remainingUsd, "remainingUsd");
    }
  }

  /** The host refused the call. */
  record Refused(GatewayRefusal refusal) implements UsageAnswer {
    public Refused {
      Objects.requireNonNull(refusal, "refusal");
    }
  }
}
