package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.access.GatewayRefusal;
import java.time.Duration;
import java.util.Objects;

/** What one bearer-key call got: an HTTP answer, or none at all, and how long it took. */
sealed interface BearerReply {
  Duration latency();

  /** The server answered, with any status. */
  record Answered(HostReply reply, Duration latency) implements BearerReply {
    public Answered {
      Objects.requireNonNull(reply, "reply");
      Objects.requireNonNull(latency, "latency");
    }
  }

  /** No answer came (connection refused, timeout): a refusal with status 0. */
  record Unanswered(GatewayRefusal refusal, Duration latency) implements BearerReply {
    public Unanswered {
      Objects.requireNonNull(refusal, "refusal");
      Objects.requireNonNull(latency, "latency");
    }
  }
}
