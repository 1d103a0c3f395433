package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.provider.Provider;
import java.time.Instant;

/** What a done delete intent means for the provider's record of its host objects. */
public final class ProviderObjects {
  private ProviderObjects() {}

  /**
   * {@code provider} without the object {@code intent} deleted, matched by kind and id; unchanged
   * for the probe user's objects, which belong to the host rather than to the provider.
   */
  public static Provider forgetDeleted(Provider provider, Intent intent, Instant now) {
    long id = intent.hostObjectId();
    switch (intent.kind().object()) {
      case GROUP:
        return provider.forgetGroup(id, now);
      case CHANNEL:
        return provider.forgetChannel(id, now);
      case ACCOUNT:
        return provider.forgetAccount(id, now);
      default:
        return provider;
    }
  }
}
