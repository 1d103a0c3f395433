package dev.relaymanager.domain.pack;

import java.util.Objects;

/**
 * A model a provider offers to users: the id users request, the id sent upstream (the same unless
 * renamed) and its list prices.
 */
public record ModelOffer(ModelId id, ModelId upstreamId, Pricing pricing) {
  public ModelOffer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(upstreamId, "upstreamId");
    Objects.requireNonNull(pricing, "pricing");
  }

  /** A model requested and sent upstream under the same id. */
  public static ModelOffer of(ModelId id, Pricing pricing) {
    return new ModelOffer(id, id, pricing);
  }

  /** True when users request this model under another id than the provider's. */
  public boolean isRenamed() {
    return !id.equals(upstreamId);
  }
}
