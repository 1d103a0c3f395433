package dev.relaymanager.application.access;

import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.domain.access.EmailAddress;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostFixtures;
import dev.relaymanager.domain.port.InMemoryAccessClosureRepository;
import dev.relaymanager.domain.port.InMemoryAccessConnector;
import dev.relaymanager.domain.port.InMemoryHostConnector;
import dev.relaymanager.domain.port.InMemoryProbeUserRepository;
import dev.relaymanager.domain.port.RecordingPause;
import dev.relaymanager.domain.port.SecretResolver;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.SecretReference;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * One healthy host with DeepSeek imported in both modes (subscription group 11, exclusive
 * self-service group 12, one account), a probe user set, and every fake behind the access use
 * cases.
 */
final class AccessWorld {
  static final long SUB_GROUP = 11;
  static final long SELF_GROUP = 12;
  static final String PROBE_EMAIL = "probe@example.com";
  static final String PROBE_PASSWORD = "probe-password-1";
  static final String ADMIN_KEY = "admin-0123456789abcdef";

  final Clock clock = Clock.fixed(ProviderFixtures.NOW, ZoneOffset.UTC);
  final InMemoryHostConnector connector = new InMemoryHostConnector();
  final InMemoryAccessConnector access = new InMemoryAccessConnector(connector.host().objects());
  final InMemoryProbeUserRepository probeUsers = new InMemoryProbeUserRepository();
  final InMemoryAccessClosureRepository closures = new InMemoryAccessClosureRepository();
  final RecordingPause pause = new RecordingPause();
  final SecretResolver secrets =
      reference -> {
        Map<String, String> values =
            Map.of("env:SIM_ADMIN_KEY", ADMIN_KEY, "env:PROBE_PW", PROBE_PASSWORD);
        String value = values.get(reference.toString());
        if (value == null) {
          throw InvalidInputException.of("secret_ref", reference + " cannot be read");
        }
        return Secret.of(value);
      };
  final Host host = HostFixtures.aHealthyHost("h-1", "prod");
  final Provider provider =
      ProviderFixtures.aNewDeepseekProvider()
          .recordGroup(ImportMode.SUBSCRIPTION, SUB_GROUP, ProviderFixtures.NOW)
          .recordGroup(ImportMode.SELF_SERVICE, SELF_GROUP, ProviderFixtures.NOW)
          .recordAccount(ProviderFixtures.KEY_A.fingerprint(), 21, ProviderFixtures.NOW);
  final AccessTarget target = new AccessTarget(host, provider, ProviderFixtures.aDeepseekSpec());
  final AccessSessions sessions =
      new AccessSessions(new HostSessions(connector, secrets), access, probeUsers, secrets);

  AccessWorld() {
    connector.host().objects().replaceGroup(group(SUB_GROUP, "subscription", true));
    connector.host().objects().replaceGroup(group(SELF_GROUP, "standard", true));
    probeUsers.save(
        new ProbeUser(
            host.id(),
            new EmailAddress(PROBE_EMAIL),
            SecretReference.parse("probe_password_ref", "env:PROBE_PW")));
  }

  CloseAccess closeAccess() {
    return new CloseAccess(sessions);
  }

  CheckAccess checkAccess() {
    return new CheckAccess(sessions, probeUsers, closures, pause, clock);
  }

  private static LiveGroup group(long id, String type, boolean exclusive) {
    return new LiveGroup(
        id,
        "rm-cn-core-deepseek-" + id,
        "",
        "openai",
        type,
        BigDecimal.ONE,
        exclusive,
        "active",
        Map.of());
  }
}
