package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.Platform;
import dev.relaymanager.domain.shared.KeyFingerprint;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An upstream account as the manager wants it: type {@code apikey}, full credentials (the host
 * replaces the whole map on update, contract §5.3), an explicit Responses mode and priority.
 *
 * @param modelMapping user-facing id to upstream id; every offered model is a key (contract §5.5)
 * @param responsesMode the host's {@code extra.openai_responses_mode}, always sent
 * @param groupIds the groups to bind; replaces the account's bindings
 */
public record AccountDraft(
    String name,
    String notes,
    Platform platform,
    Secret apiKey,
    BaseUrl baseUrl,
    Map<ModelId, ModelId> modelMapping,
    String responsesMode,
    int concurrency,
    int priority,
    BigDecimal rateMultiplier,
    List<Long> groupIds) {

  /** Chat Completions straight through: what every CN provider speaks (contract §4). */
  public static final String FORCE_CHAT_COMPLETIONS = "force_chat_completions";

  public AccountDraft {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(responsesMode, "responsesMode");
    Objects.requireNonNull(rateMultiplier, "rateMultiplier");
    modelMapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(modelMapping));
    groupIds = List.copyOf(groupIds);
  }

  /** The fingerprint of the upstream key: what is stored and named instead of the key. */
  public KeyFingerprint fingerprint() {
    return apiKey.fingerprint();
  }
}
