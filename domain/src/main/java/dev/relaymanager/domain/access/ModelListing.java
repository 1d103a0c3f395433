package dev.relaymanager.domain.access;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The answer of {@code GET /v1/models} with a user key. */
public sealed interface ModelListing {
  /** The host listed these model ids. */
  record Listed(List<String> modelIds, Duration latency) implements ModelListing {
    public Listed {
      modelIds = List.copyOf(modelIds);
      Objects.requireNonNull(latency, "latency");
    }
  }

  /** The host refused the listing. */
  record Refused(GatewayRefusal refusal, Duration latency) implements ModelListing {
    public Refused {
      Objects.requireNonNull(refusal, "refusal");
      Objects.requireNonNull(latency, "latency");
    }
  }
}
