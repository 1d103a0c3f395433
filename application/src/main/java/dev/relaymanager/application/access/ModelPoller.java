package dev.relaymanager.application.access;

import dev.relaymanager.domain.access.AccessJudge;
import dev.relaymanager.domain.access.ModelListing;
import dev.relaymanager.domain.access.ModelPolling;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.port.HostGateway;
import dev.relaymanager.domain.port.Pause;
import dev.relaymanager.domain.shared.Secret;

/**
 * Lists the models until the smoke model appears or the wait is over, because the host caches the
 * list (findings §9); a refusal ends the polling at once, waiting would not change it.
 */
final class ModelPoller {
  private final Pause pause;

  ModelPoller(Pause pause) {
    this.pause = pause;
  }

  /** The last listing and how many listings it took. */
  Polled poll(HostGateway gateway, Secret key, ModelId smokeModel, ModelPolling polling) {
    int attempts = polling.attempts();
    for (int attempt = 1; ; attempt++) {
      ModelListing listing = gateway.listModels(key);
      boolean settled =
          listing instanceof ModelListing.Refused || AccessJudge.lists(listing, smokeModel);
      if (settled || attempt >= attempts) {
        return new Polled(listing, attempt);
      }
      pause.pause(polling.interval());
    }
  }

  /** A listing and the number of listings made. */
  record Polled(ModelListing listing, int polls) {}
}
