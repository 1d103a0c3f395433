package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The intents of one batch in the order recorded; each change returns a new journal. */
record Journal(List<Intent> intents) {
  Journal {
    intents = List.copyOf(intents);
  }

  static Journal empty() {
    return new Journal(List.of());
  }

  Journal record(IntentKind kind, String target, String fingerprintHex, Instant now) {
    List<Intent> all = new ArrayList<>(intents);
    all.add(Intent.pending(intents.size() + 1, kind, target, fingerprintHex, now));
    return new Journal(all);
  }

  Intent last() {
    return intents.get(intents.size() - 1);
  }

  Journal settle(int intentId, UnaryOperator<Intent> change) {
    if (intentId < 1 || intentId > intents.size()) {
      throw new NotFoundException("intent", Integer.toString(intentId));
    }
    Intent intent = intents.get(intentId - 1);
    if (!intent.isPending()) {
      throw new ConflictException(
          "intent " + intentId + " is " + intent.state().wireName() + " already");
    }
    List<Intent> all = new ArrayList<>(intents);
    all.set(intentId - 1, change.apply(intent));
    return new Journal(all);
  }

  List<Intent> pending() {
    return intents.stream().filter(Intent::isPending).toList();
  }

  /**
   * The objects this batch created and has not deleted since, in deletion order (that of {@link
   * HostObjectKind}), newest first within a kind.
   */
  List<Intent> createdObjects() {
    Set<String> deleted = new HashSet<>();
    intents.stream()
        .filter(i -> i.kind().isDelete() && i.state() == IntentState.DONE)
        .forEach(i -> deleted.add(objectKey(i)));
    return intents.stream()
        .filter(Intent::createdObject)
        .filter(i -> !deleted.contains(objectKey(i)))
        .sorted(
            Comparator.comparing((Intent i) -> i.kind().object())
                .thenComparing(Intent::id, Comparator.reverseOrder()))
        .toList();
  }

  // Host ids are unique per object kind only: a group and an account may share a number.
  private static String objectKey(Intent intent) {
    return intent.kind().object() + ":" + intent.hostObjectId();
  }

  /** The origin of the done create of host object {@code hostId} of kind {@code object}. */
  Optional<IntentOrigin> originOf(HostObjectKind object, long hostId) {
    return intents.stream()
        .filter(i -> i.kind().isCreate() && i.kind().object() == object)
        .filter(i -> i.state() == IntentState.DONE && i.hostObjectId() == hostId)
        .map(Intent::origin)
        .findFirst();
  }
}
