package dev.relaymanager.domain.host;

import dev.relaymanager.domain.shared.SecretReference;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Hosts in the states tests need, named by scenario. */
public final class HostFixtures {
  public static final Instant REGISTERED_AT = Instant.parse("2026-11-01T10:00:00Z");
  public static final Instant PROBED_AT = Instant.parse("2026-11-01T10:05:00Z");

  private HostFixtures() {}

  /** A host registered with an admin API key in {@code env:SIM_ADMIN_KEY}, never probed. */
  public static Host aRegisteredHost(String id, String name) {
    return Host.register(
        new HostId(id),
        new HostName(name),
        new BaseUrl("http://127.0.0.1:18080"),
        new AdminAuth.ApiKey(SecretReference.parse("admin_key_ref", "env:SIM_ADMIN_KEY")),
        ResourcePrefix.DEFAULT,
        REGISTERED_AT);
  }

  /** A host registered with an admin login whose password is in a file. */
  public static Host aLoginHost(String id, String name) {
    return Host.register(
        new HostId(id),
        new HostName(name),
        new BaseUrl("https://relay.example.com/base"),
        new AdminAuth.Login(
            "admin@example.com", SecretReference.parse("p", "file:/etc/relay/admin-password")),
        new ResourcePrefix("ops-"),
        REGISTERED_AT);
  }

  /** Every capability a current host has. */
  public static HostCapabilities aModernHostsCapabilities() {
    return new HostCapabilities(
        true,
        true,
        true,
        true,
        Set.of("openai", "anthropic", "deepseek", "kimi", "zhipu"),
        false,
        false,
        false);
  }

  /** {@link #aRegisteredHost} after a healthy probe. */
  public static Host aHealthyHost(String id, String name) {
    return aRegisteredHost(id, name)
        .recordProbe(
            new HostProbe.Healthy(
                PROBED_AT,
                new HostInspection("0.1.190", aModernHostsCapabilities(), Duration.ofMillis(42))));
  }
}
