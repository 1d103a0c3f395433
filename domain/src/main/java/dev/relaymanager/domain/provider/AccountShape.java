package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.pack.Platform;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.KeyFingerprint;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An upstream account as the manager wants it, without its key: what reconcile and rollback compare
 * with the host, since keys are never stored and the host never returns them.
 *
 * @param fingerprint the fingerprint of the key the account holds
 */
public record AccountShape(
    KeyFingerprint fingerprint,
    String name,
    String notes,
    Platform platform,
    BaseUrl baseUrl,
    Map<ModelId, ModelId> modelMapping,
    String responsesMode,
    int concurrency,
    int priority,
    BigDecimal rateMultiplier,
    List<Long> groupIds) {

  public AccountShape {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(responsesMode, "responsesMode");
    Objects.requireNonNull(rateMultiplier, "rateMultiplier");
    modelMapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(modelMapping));
    groupIds = List.copyOf(groupIds);
  }

  /** The shape of {@code draft}: everything but the key. */
  public static AccountShape of(AccountDraft draft) {
    return new AccountShape(
        draft.fingerprint(),
        draft.name(),
        draft.notes(),
        draft.platform(),
        draft.baseUrl(),
        draft.modelMapping(),
        draft.responsesMode(),
        draft.concurrency(),
        draft.priority(),
        draft.rateMultiplier(),
        draft.groupIds());
  }

  /**
   * The account draft holding {@code key}, which must be the key of this shape's fingerprint.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if it is another key
   */
  public AccountDraft withKey(Secret key) {
    if (!key.fingerprint().equals(fingerprint)) {
      throw InvalidInputException.of("key", "is not the key of account " + name);
    }
    return new AccountDraft(
        name,
        notes,
        platform,
        key,
        baseUrl,
        modelMapping,
        responsesMode,
        concurrency,
        priority,
        rateMultiplier,
        groupIds);
  }
}
