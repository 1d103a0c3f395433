package dev.relaymanager.domain.port;

import dev.relaymanager.domain.host.HostAccess;
import dev.relaymanager.domain.host.HostFixtures;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostUnreachableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link HostConnector} to one in-memory host: every connection shares {@link #host()}, and the
 * probe answers however the test says (healthy by default).
 */
public final class InMemoryHostConnector implements HostConnector {
  private final InMemoryHostAdmin host = new InMemoryHostAdmin(this::inspect);
  private final List<HostAccess> connections = new ArrayList<>();
  private volatile Supplier<HostInspection> inspection = InMemoryHostConnector::healthyInspection;

  /** What a current, healthy host answers to a probe. */
  public static HostInspection healthyInspection() {
    return new HostInspection(
        "0.1.190", HostFixtures.aModernHostsCapabilities(), Duration.ofMillis(7));
  }

  /** The host behind every connection, for arranging and inspecting its objects. */
  public InMemoryHostAdmin host() {
    return host;
  }

  public InMemoryHostConnector answering(HostInspection answer) {
    inspection = () -> answer;
    host.failEveryCallWith(null);
    return this;
  }

  public InMemoryHostConnector answerHealthy() {
    return answering(healthyInspection());
  }

  public InMemoryHostConnector answerUnreachable() {
    return answerWith(new HostUnreachableException("connection refused"));
  }

  public InMemoryHostConnector answerRejected(HostRejectedException.Reason reason) {
    boolean compliance = reason == HostRejectedException.Reason.COMPLIANCE_ACK_REQUIRED;
    return answerWith(
        new HostRejectedException(
            reason,
            compliance ? 423 : 401,
            compliance ? "ADMIN_COMPLIANCE_ACK_REQUIRED" : "INVALID_ADMIN_KEY",
            "the host refused the call"));
  }

  /** Every later call of the host, probe or not, throws {@code failure}. */
  public InMemoryHostConnector answerWith(RuntimeException failure) {
    inspection =
        () -> {
          throw failure;
        };
    host.failEveryCallWith(failure);
    return this;
  }

  /** The accesses the code under test connected with, in order. */
  public synchronized List<HostAccess> connections() {
    return List.copyOf(connections);
  }

  @Override
  public synchronized HostAdmin connect(HostAccess access) {
    connections.add(access);
    return host;
  }

  private HostInspection inspect() {
    return inspection.get();
  }
}
