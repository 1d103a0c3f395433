package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.pack.DocValues.Bound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a provider's {@code models} list: ids, upstream ids and prices, refusing duplicates. */
final class ModelsReader {
  private final List<ModelId> ids = new ArrayList<>();
  private final List<ModelOffer> offers = new ArrayList<>();
  // How many offers make the list complete; -1 when the list itself is unusable.
  private final int expected;

  private ModelsReader(int expected) {
    this.expected = expected;
  }

  /** Reads the models of {@code provider}; {@link #offers()} is empty unless all were valid. */
  static ModelsReader read(DocObject provider) {
    Optional<List<Object>> items = provider.requiredList("models");
    List<Object> list = items.orElse(List.of());
    boolean tooMany = list.size() > ProviderSpec.MAX_MODELS;
    if (tooMany) {
      provider.wrongType("models", "must list at most " + ProviderSpec.MAX_MODELS + " models");
    }
    ModelsReader reader = new ModelsReader(items.isPresent() && !tooMany ? list.size() : -1);
    Map<ModelId, String> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String path = provider.pathOf("models") + "[" + i + "]";
      DocObject.at(path, list.get(i), provider.violations())
          .flatMap(item -> reader.model(item, seen))
          .ifPresent(reader.offers::add);
    }
    return reader;
  }

  /** The ids that could be read, valid or duplicate, in document order. */
  List<ModelId> ids() {
    return List.copyOf(ids);
  }

  /** Every model, once all of them were read without problems. */
  Optional<List<ModelOffer>> offers() {
    return offers.size() == expected ? Optional.of(List.copyOf(offers)) : Optional.empty();
  }

  private Optional<ModelOffer> model(DocObject item, Map<ModelId, String> seen) {
    item.allowOnly(Set.of("id", "upstream_id", "pricing"));
    Optional<ModelId> id = item.requiredValue("id", ModelId::new);
    id.ifPresent(ids::add);
    Optional<ModelId> duplicate = id.filter(seen::containsKey);
    duplicate.ifPresent(
        d -> item.wrongType("id", "duplicate model id '" + d + "' (also at " + seen.get(d) + ")"));
    id.ifPresent(value -> seen.putIfAbsent(value, item.pathOf("id")));
    Optional<ModelId> upstream =
        item.has("upstream_id") ? item.requiredValue("upstream_id", ModelId::new) : id;
    Optional<Pricing> pricing = item.requiredObject("pricing").flatMap(ModelsReader::pricing);
    if (id.isEmpty() || duplicate.isPresent() || upstream.isEmpty() || pricing.isEmpty()) {
      return Optional.empty();
    }
    return item.build(() -> new ModelOffer(id.get(), upstream.get(), pricing.get()));
  }

  private static Optional<Pricing> pricing(DocObject o) {
    o.allowOnly(Set.of("input", "output", "cache_read", "cache_write"));
    Map<PriceComponent, BigDecimal> prices = new EnumMap<>(PriceComponent.class);
    boolean complete = true;
    for (PriceComponent component : PriceComponent.values()) {
      String key = component.fieldName();
      Optional<BigDecimal> price =
          component.isRequired()
              ? DocValues.requiredAmount(o, key, Bound.NON_NEGATIVE)
              : DocValues.optionalAmount(o, key, Bound.NON_NEGATIVE);
      price.ifPresent(p -> prices.put(component, p));
      complete &= price.isPresent() || !(component.isRequired() || o.has(key));
    }
    return complete ? o.build(() -> new Pricing(prices)) : Optional.empty();
  }
}
