package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.batch.PlanItem;
import dev.relaymanager.domain.shared.ConflictException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Carries out the plan item of one host object through the journal: creates it, or adopts the one
 * of ours on the host (updating it first when it drifted). A blocked item is refused.
 *
 * @param <D> the draft type
 * @param <L> the host's answer type
 */
final class FindOrCreate<D, L> {
  private final BatchJournal journal;
  private final IntentKind createKind;
  private final IntentKind updateKind;
  private final Function<IntentKind, BatchJournal.Announcement> announce;
  private final Function<D, L> create;
  private final BiFunction<Long, D, L> update;
  private final ToLongFunction<L> idOf;

  FindOrCreate(
      BatchJournal journal,
      IntentKind createKind,
      IntentKind updateKind,
      Function<IntentKind, BatchJournal.Announcement> announce,
      Function<D, L> create,
      BiFunction<Long, D, L> update,
      ToLongFunction<L> idOf) {
    this.journal = journal;
    this.createKind = createKind;
    this.updateKind = updateKind;
    this.announce = announce;
    this.create = create;
    this.update = update;
    this.idOf = idOf;
  }

  /** The host id of the object once {@code item} is carried out. */
  long apply(PlanItem<D> item) {
    if (item instanceof PlanItem.Create) {
      D draft = ((PlanItem.Create<D>) item).draft();
      L created =
          journal.write(
              announce.apply(createKind), () -> create.apply(draft), idOf, IntentOrigin.CREATED);
      return idOf.applyAsLong(created);
    }
    if (item instanceof PlanItem.Blocked) {
      throw new ConflictException(((PlanItem.Blocked<D>) item).reason());
    }
    long id = item.hostId().orElseThrow();
    journal.adopt(announce.apply(createKind), id);
    if (item instanceof PlanItem.Update) {
      D draft = ((PlanItem.Update<D>) item).draft();
      journal.write(
          announce.apply(updateKind), () -> update.apply(id, draft), idOf, IntentOrigin.NONE);
    }
    return id;
  }
}
