package dev.relaymanager.domain.host;

import java.util.Objects;

/** What the host adapter needs to talk to one host: where it is and the resolved credentials. */
public record HostAccess(HostId hostId, BaseUrl baseUrl, AdminCredentials credentials) {
  public HostAccess {
    Objects.requireNonNull(hostId, "hostId");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(credentials, "credentials");
  }
}
