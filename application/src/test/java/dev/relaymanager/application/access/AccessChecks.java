package dev.relaymanager.application.access;

import static dev.relaymanager.application.access.AccessWorld.PROBE_EMAIL;
import static dev.relaymanager.domain.access.AccessFixtures.aValidUsage;

import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.access.GatewayRefusal;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.ModelPolling;
import dev.relaymanager.domain.port.ScriptedHostGateway;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.Secret;
import java.time.Duration;
import java.util.List;

/** Drives CheckAccess against an {@link AccessWorld} for the CheckAccess tests. */
final class AccessChecks {
  final AccessWorld world = new AccessWorld();
  final ScriptedHostGateway gateway = world.access.scriptedGateway();

  Secret closed(ImportMode mode) {
    return world.closeAccess().execute(new CloseAccess.Command(world.target, mode)).key();
  }

  LiveUser probeUser() {
    return world.access.hostUsers().findUserByEmail(PROBE_EMAIL).get();
  }

  static IdempotencyKey idem() {
    return new IdempotencyKey("test-top-up");
  }

  ModeReport checkWith(Secret key, ImportMode mode) {
    return check(new CheckAccess.KeySource.Given(key), List.of(mode)).modes().get(0);
  }

  ModeReport checkWith(Secret key, ImportMode mode, long accountId) {
    AccessTarget target =
        new AccessTarget(
            world.host,
            world.provider.recordAccount(
                ProviderFixtures.KEY_A.fingerprint(), accountId, world.clock.instant()),
            world.target.spec());
    gateway.answerUsage(aValidUsage());
    return world
        .checkAccess()
        .execute(
            new CheckAccess.Command(
                target,
                List.of(mode),
                new CheckAccess.KeySource.Given(key),
                ModelPolling.DEFAULT,
                List.of()))
        .modes()
        .get(0);
  }

  ModeReport checkWithUpstream(Secret key) {
    return check(
            new CheckAccess.KeySource.Given(key),
            List.of(ImportMode.SUBSCRIPTION),
            ModelPolling.upTo(Duration.ZERO),
            List.of(ProviderFixtures.KEY_A))
        .modes()
        .get(0);
  }

  AccessReport check(CheckAccess.KeySource key, List<ImportMode> modes) {
    return check(key, modes, ModelPolling.upTo(Duration.ofSeconds(6)), List.of());
  }

  AccessReport check(
      CheckAccess.KeySource key,
      List<ImportMode> modes,
      ModelPolling polling,
      List<Secret> upstream) {
    gateway.answerUsage(aValidUsage());
    return world
        .checkAccess()
        .execute(new CheckAccess.Command(world.target, modes, key, polling, upstream));
  }

  static ChatAnswer refusedDirectly(int status, String message) {
    return new ChatAnswer.Refused(new GatewayRefusal(status, "", message), Duration.ofMillis(4));
  }
}
