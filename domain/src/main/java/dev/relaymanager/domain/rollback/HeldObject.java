package dev.relaymanager.domain.rollback;

import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.batch.IntentState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A host object a batch holds according to its journal: created by it, or adopted (found there),
 * and not deleted by it since. A resumed batch may adopt what it created before the crash; created
 * wins.
 */
record HeldObject(Intent intent, boolean created) {
  /** What {@code batch} holds, in deletion order: by kind, then the newest write first. */
  static List<HeldObject> of(ImportBatch batch) {
    Map<String, HeldObject> held = new LinkedHashMap<>();
    batch.objectsCreated().forEach(i -> held.put(key(i), new HeldObject(i, true)));
    Set<String> deleted = deletedKeys(batch);
    for (Intent intent : batch.intents()) {
      if (intent.origin() == IntentOrigin.ADOPTED && !deleted.contains(key(intent))) {
        held.putIfAbsent(key(intent), new HeldObject(intent, false));
      }
    }
    List<HeldObject> ordered = new ArrayList<>(held.values());
    ordered.sort(
        Comparator.comparing((HeldObject h) -> h.kind())
            .thenComparing(h -> h.intent().id(), Comparator.reverseOrder()));
    return List.copyOf(ordered);
  }

  HostObjectKind kind() {
    return intent.kind().object();
  }

  long hostId() {
    return intent.hostObjectId();
  }

  /** The key identifying the object on its host: ids are unique per kind only. */
  String key() {
    return key(intent);
  }

  private static Set<String> deletedKeys(ImportBatch batch) {
    Set<String> deleted = new HashSet<>();
    batch.intents().stream()
        .filter(i -> i.kind().isDelete() && i.state() == IntentState.DONE)
        .forEach(i -> deleted.add(key(i)));
    return deleted;
  }

  private static String key(Intent intent) {
    return intent.kind().object() + ":" + intent.hostObjectId();
  }
}
