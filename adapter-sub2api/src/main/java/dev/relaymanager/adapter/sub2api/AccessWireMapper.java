package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.adapter.sub2api.wire.AdminSubscription;
import dev.relaymanager.adapter.sub2api.wire.AdminUser;
import dev.relaymanager.adapter.sub2api.wire.UserApiKey;
import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostRejectedException.Reason;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;

/** Converts the host's users, subscriptions and keys into the domain's live objects. */
final class AccessWireMapper {
  private AccessWireMapper() {}

  static LiveUser toLive(AdminUser user) {
    return new LiveUser(
        user.id(),
        WireValues.text(user.email()),
        WireValues.text(user.status()),
        WireValues.number(user.balance()).orElse(BigDecimal.ZERO),
        WireValues.list(user.allowedGroups()),
        WireValues.text(user.notes()));
  }

  static LiveSubscription toLive(AdminSubscription subscription) {
    return new LiveSubscription(
        subscription.id(),
        subscription.userId(),
        subscription.groupId(),
        WireValues.text(subscription.status()),
        WireValues.text(subscription.expiresAt()),
        WireValues.text(subscription.notes()));
  }

  /** The key with its secret; a key DTO without the secret is a host the manager cannot use. */
  static LiveUserKey toLive(UserApiKey key) {
    if (key.key() == null || key.key().isBlank()) {
      throw new HostRejectedException(
          Reason.REJECTED, 200, "", "the host returned API key " + key.id() + " without its key");
    }
    return new LiveUserKey(
        key.id(),
        key.userId(),
        WireValues.text(key.name()),
        key.groupId() == null ? 0 : key.groupId(),
        WireValues.text(key.status()),
        Secret.of(key.key()));
  }
}
