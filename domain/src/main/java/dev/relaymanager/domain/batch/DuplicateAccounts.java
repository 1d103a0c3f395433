package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.shared.KeyFingerprint;
import java.util.List;
import java.util.Objects;

/**
 * Several accounts of ours hold one key: the lowest id is kept and planned, the others are reported
 * (reconcile {@code --prune} removes them); a bad key duplicated makes every request fail over
 * through all copies (contract §10.3).
 */
public record DuplicateAccounts(KeyFingerprint fingerprint, long keptId, List<Long> extraIds) {
  public DuplicateAccounts {
    Objects.requireNonNull(fingerprint, "fingerprint");
    extraIds = List.copyOf(extraIds);
  }
}
