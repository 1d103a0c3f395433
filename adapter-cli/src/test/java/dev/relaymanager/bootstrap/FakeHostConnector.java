package dev.relaymanager.bootstrap;

import dev.relaymanager.domain.host.HostAccess;
import dev.relaymanager.domain.host.HostFixtures;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.port.HostConnector;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostUnreachableException;
import java.time.Duration;
import java.util.function.Supplier;

/** A {@link HostConnector} whose hosts answer however the test says. */
final class FakeHostConnector implements HostConnector {
  private volatile Supplier<HostInspection> answer =
      () ->
          new HostInspection(
              "0.1.190", HostFixtures.aModernHostsCapabilities(), Duration.ofMillis(7));

  void answerUnreachable() {
    answer =
        () -> {
          throw new HostUnreachableException("connection refused");
        };
  }

  void answerRejected(HostRejectedException.Reason reason) {
    answer =
        () -> {
          throw new HostRejectedException(reason, 423, "COMPLIANCE", "host refused the call");
        };
  }

  @Override
  public HostAdmin connect(HostAccess access) {
    return () -> answer.get();
  }
}
