package dev.relaymanager.domain.access;

import java.time.Duration;
import java.util.Objects;

/** The answer of a minimal {@code POST /v1/chat/completions}, through the host or direct. */
public sealed interface ChatAnswer {
  /**
   * A completion came back; {@code finishReason} may be {@code length} (cut off by max_tokens),
   * which still proves the path works.
   */
  record Completed(String model, String finishReason, Duration latency) implements ChatAnswer {
    public Completed {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(finishReason, "finishReason");
      Objects.requireNonNull(latency, "latency");
    }
  }

  /** The call failed. */
  record Refused(GatewayRefusal refusal, Duration latency) implements ChatAnswer {
    public Refused {
      Objects.requireNonNull(refusal, "refusal");
      Objects.requireNonNull(latency, "latency");
    }
  }
}
