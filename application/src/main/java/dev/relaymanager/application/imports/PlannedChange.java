package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.AccountPlan;
import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.batch.PlanItem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an import would do with one host object.
 *
 * @param object {@code group}, {@code channel} or {@code account}
 * @param fingerprint the short fingerprint of an account's key; null for the group and channel
 * @param action {@code create}, {@code update}, {@code adopt}, {@code noop} or {@code blocked}
 * @param hostId the host's id of the existing object; null for a create
 * @param diffs for an update, each field whose live value differs from the desired one
 * @param reason for a blocked object, why it cannot be imported; null otherwise
 */
public record PlannedChange(
    String object,
    String name,
    String fingerprint,
    String action,
    Long hostId,
    List<FieldChange> diffs,
    String reason) {

  public PlannedChange {
    diffs = List.copyOf(diffs);
  }

  /** One field to change: its live value on the host and the desired one. */
  public record FieldChange(String field, String live, String desired) {
    static FieldChange of(FieldDiff diff) {
      return new FieldChange(diff.field(), diff.live(), diff.desired());
    }
  }

  /** The change of the group or channel called {@code name}. */
  static PlannedChange of(String object, String name, PlanItem<?> item) {
    return of(object, name, "", item);
  }

  /** The change of one key's account. */
  static PlannedChange of(AccountPlan account) {
    return of("account", account.name(), account.fingerprint().shortForm(), account.item());
  }

  private static PlannedChange of(String object, String name, String key, PlanItem<?> item) {
    List<FieldChange> diffs =
        item instanceof PlanItem.Update
            ? ((PlanItem.Update<?>) item)
                .diffs().stream().map(FieldChange::of).collect(Collectors.toList())
            : List.of();
    return new PlannedChange(
        object,
        name,
        key.isEmpty() ? null : key,
        item.action(),
        item.hostId().isPresent() ? item.hostId().getAsLong() : null,
        diffs,
        item instanceof PlanItem.Blocked ? ((PlanItem.Blocked<?>) item).reason() : null);
  }
}
