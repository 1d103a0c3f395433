package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One provider of a pack: where its API is, which models it offers at which prices, and how its
 * accounts, groups, channel and smoke test are set up on a host.
 */
public record ProviderSpec(
    ProviderName name,
    String displayName,
    Platform platform,
    BaseUrl baseUrl,
    ModelId smokeTestModel,
    List<ModelOffer> models,
    AccountSettings account,
    GroupSettings group,
    ChannelSettings channel,
    SmokeSettings smoke,
    PackSource source) {
  /** The most models one provider may offer: the host's limit per channel pricing entry. */
  public static final int MAX_MODELS = 100;

  /** The longest display name accepted. */
  public static final int MAX_DISPLAY_NAME = 100;

  public ProviderSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(smokeTestModel, "smokeTestModel");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(smoke, "smoke");
    Objects.requireNonNull(source, "source");
    models = List.copyOf(models);
    displayName = displayName.strip();
    if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME) {
      throw InvalidInputException.of(
          "display_name", "must be 1-" + MAX_DISPLAY_NAME + " characters");
    }
    checkModels(models, smokeTestModel);
  }

  /** The offered model with this user-facing id, or empty. */
  public Optional<ModelOffer> model(ModelId id) {
    return models.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The ids users may request, in pack order. */
  public List<ModelId> modelIds() {
    return models.stream().map(ModelOffer::id).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Every offered model id mapped to its upstream id, identity entries included, in pack order. The
   * host treats a non-empty account mapping as an allowlist whose keys also drive {@code
   * /v1/models}, so every offered model must appear as a key (contract §5.5).
   */
  public Map<ModelId, ModelId> modelMapping() {
    Map<ModelId, ModelId> mapping = new LinkedHashMap<>();
    models.forEach(m -> mapping.put(m.id(), m.upstreamId()));
    return Collections.unmodifiableMap(mapping);
  }

  private static void checkModels(List<ModelOffer> models, ModelId smokeTestModel) {
    if (models.isEmpty() || models.size() > MAX_MODELS) {
      throw InvalidInputException.of("models", "must list 1-" + MAX_MODELS + " models");
    }
    Set<ModelId> ids = new HashSet<>();
    for (ModelOffer model : models) {
      if (!ids.add(model.id())) {
        throw InvalidInputException.of("models", "duplicate model id '" + model.id() + "'");
      }
    }
    if (!ids.contains(smokeTestModel)) {
      throw InvalidInputException.of(
          "smoke_test_model", "must be one of the provider's models " + idList(models));
    }
  }

  /** The model ids as {@code (a, b, c)}, for messages. */
  static String idList(List<ModelOffer> models) {
    return models.stream().map(m -> m.id().value()).collect(Collectors.joining(", ", "(", ")"));
  }
}
