package dev.relaymanager.domain.rollback;

import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.shared.BatchId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which batches of a host hold which host objects: a batch uses an object it created or adopted
 * until it is rolled back, so another batch's rollback must not pull it away.
 */
final class BatchUsage {
  private final Map<String, List<BatchId>> users;

  private BatchUsage(Map<String, List<BatchId>> users) {
    this.users = users;
  }

  /** The use of the objects by {@code batches}; rolled back ones use nothing. */
  static BatchUsage of(List<ImportBatch> batches) {
    Map<String, List<BatchId>> users = new HashMap<>();
    for (ImportBatch batch : batches) {
      if (batch.status() == BatchStatus.ROLLED_BACK) {
        continue;
      }
      for (HeldObject held : HeldObject.of(batch)) {
        users.computeIfAbsent(held.key(), k -> new ArrayList<>()).add(batch.id());
      }
    }
    return new BatchUsage(users);
  }

  /** The batches using {@code held}'s object; empty when none does. */
  List<BatchId> usersOf(HeldObject held) {
    return List.copyOf(users.getOrDefault(held.key(), List.of()));
  }
}
