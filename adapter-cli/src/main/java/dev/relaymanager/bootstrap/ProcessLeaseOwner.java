package dev.relaymanager.bootstrap;

import dev.relaymanager.application.imports.LeaseOwner;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Names this process as the holder of batch leases: {@code <hostname>:<pid>:<uuid>}, made once per
 * process. {@code RELAY_MANAGER_LEASE_TTL_SECONDS} shortens or lengthens the lease (at least 3).
 */
final class ProcessLeaseOwner {
  static final String TTL_VARIABLE = "RELAY_MANAGER_LEASE_TTL_SECONDS";

  private ProcessLeaseOwner() {}

  /** A new owner for this process, its lease time read from {@code environment}. */
  static LeaseOwner create(Map<String, String> environment) {
    String id = hostname() + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID();
    return new LeaseOwner(id, ttl(environment.get(TTL_VARIABLE)));
  }

  private static Duration ttl(String seconds) {
    if (seconds == null || seconds.isBlank()) {
      return LeaseOwner.DEFAULT_TTL;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(seconds.strip()));
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(TTL_VARIABLE, "must be a whole number of seconds");
    }
  }

  private static String hostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
