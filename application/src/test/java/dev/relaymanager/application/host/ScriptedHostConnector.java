package dev.relaymanager.application.host;

import dev.relaymanager.domain.host.HostAccess;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.port.HostConnector;
import dev.relaymanager.domain.shared.RelayException;
import java.util.ArrayList;
import java.util.List;

/** A {@link HostConnector} whose hosts answer with a scripted inspection or failure. */
final class ScriptedHostConnector implements HostConnector {
  private final List<HostAccess> connections = new ArrayList<>();
  private HostInspection inspection;
  private RelayException failure;

  ScriptedHostConnector answering(HostInspection answer) {
    this.inspection = answer;
    this.failure = null;
    return this;
  }

  ScriptedHostConnector failing(RelayException error) {
    this.failure = error;
    return this;
  }

  List<HostAccess> connections() {
    return connections;
  }

  @Override
  public HostAdmin connect(HostAccess access) {
    connections.add(access);
    return () -> {
      if (failure != null) {
        throw failure;
      }
      return inspection;
    };
  }
}
