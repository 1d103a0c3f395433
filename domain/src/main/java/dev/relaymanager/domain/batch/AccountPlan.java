package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.util.Objects;

/** The plan for the account of one key, named by the key's fingerprint and the account name. */
public record AccountPlan(KeyFingerprint fingerprint, String name, PlanItem<AccountDraft> item) {
  public AccountPlan {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(item, "item");
  }
}
