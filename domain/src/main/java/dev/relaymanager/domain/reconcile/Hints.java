package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.util.List;

/** The hints that more than one finding or plan gives. */
final class Hints {
  /** The one account field the host changes without the credentials (contract §5.3). */
  private static final String GROUP_IDS = "group_ids";

  private Hints() {}

  /**
   * Whether restoring an account's {@code diffs} needs its key: every account update but a rebind
   * sends the full credentials, which the host replaces whole.
   */
  static boolean restoringNeedsKey(List<FieldDiff> diffs) {
    return diffs.stream().anyMatch(d -> !d.field().equals(GROUP_IDS));
  }

  /** Why a changed account waits for its key. */
  static String changedAccount(KeyFingerprint key) {
    return "restoring these fields sends the account's credentials, so it needs the key "
        + key.shortForm()
        + " again: reconcile --repair --keys-file FILE";
  }

  /** Upstream keys are never stored: a gone account comes back only with its key. */
  static String missingAccount(RecordedProvider recorded, KeyFingerprint key) {
    return "its key is not stored: run reconcile --repair --keys-file FILE with the key "
        + key.shortForm()
        + ", or re-run the import: "
        + recorded.reimportCommand(key);
  }
}
