package dev.relaymanager.domain.rollback;

import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.Intent;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.shared.BatchId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What rolling back one batch will do, object by object in deletion order (user key, subscriptions,
 * channel, accounts, group, user: the order of {@code HostObjectKind}), printed before it runs. A
 * batch rolled back already has an empty plan that says so.
 */
public final class RollbackPlan {
  private final BatchId batch;
  private final BatchStatus status;
  private final List<RollbackStep> steps;
  private final List<Intent> interruptedDeletes;

  RollbackPlan(
      BatchId batch, BatchStatus status, List<RollbackStep> steps, List<Intent> interrupted) {
    this.batch = Objects.requireNonNull(batch, "batch");
    this.status = Objects.requireNonNull(status, "status");
    this.steps = List.copyOf(steps);
    this.interruptedDeletes = List.copyOf(interrupted);
  }

  public BatchId batch() {
    return batch;
  }

  /** Every object the batch holds, deleted or kept, in deletion order. */
  public List<RollbackStep> steps() {
    return steps;
  }

  /** The deletes, in the order to send them. */
  public List<RollbackStep.Delete> deletions() {
    return ofType(RollbackStep.Delete.class).collect(Collectors.toList());
  }

  public List<RollbackStep.Keep> keeps() {
    return ofType(RollbackStep.Keep.class).collect(Collectors.toList());
  }

  /**
   * The objects found gone: the application records a done delete for each (no host call), so the
   * journal no longer counts them.
   */
  public List<HostObjectRef> alreadyGone() {
    return ofType(RollbackStep.Keep.class)
        .filter(k -> k.reasons().stream().anyMatch(r -> r instanceof KeepReason.AlreadyGone))
        .map(RollbackStep::object)
        .collect(Collectors.toList());
  }

  /**
   * Deletes recorded but never settled (the rollback was interrupted): the application settles each
   * from the read-back before carrying out the plan, as import resume does.
   */
  public List<Intent> interruptedDeletes() {
    return interruptedDeletes;
  }

  /** Whether the batch is rolled back already, so that there is nothing to do. */
  public boolean isNoop() {
    return status == BatchStatus.ROLLED_BACK;
  }

  /** The objects kept that the batch created: with them left, the rollback ends failed. */
  public List<HostObjectRef> leftBehind() {
    return ofType(RollbackStep.Keep.class)
        .filter(RollbackStep.Keep::leavesObjectBehind)
        .map(RollbackStep::object)
        .collect(Collectors.toList());
  }

  /** Whether, once every delete succeeded, the batch is {@code rolled_back}. */
  public boolean completes() {
    return leftBehind().isEmpty();
  }

  /**
   * The batch's status after carrying out the plan, where {@code notDeleted} failed or were still
   * on the host when read back: {@code rolled_back} or {@code rollback_failed}.
   */
  public BatchStatus outcome(List<HostObjectRef> notDeleted) {
    if (isNoop()) {
      return BatchStatus.ROLLED_BACK;
    }
    return completes() && notDeleted.isEmpty()
        ? BatchStatus.ROLLED_BACK
        : BatchStatus.ROLLBACK_FAILED;
  }

  /**
   * What is left on the host after carrying out the plan with {@code notDeleted}, for the record.
   */
  public String leftText(List<HostObjectRef> notDeleted) {
    List<String> left = new ArrayList<>();
    keeps().stream()
        .filter(RollbackStep.Keep::leavesObjectBehind)
        .forEach(k -> left.add(k.describe()));
    notDeleted.forEach(ref -> left.add("not deleted: " + ref));
    return left.isEmpty() ? "" : "left on the host: " + String.join("; ", left);
  }

  /** The deletes whose object is still in {@code after}, the host read back once they were sent. */
  public List<HostObjectRef> stillPresent(LiveState after) {
    return deletions().stream()
        .map(RollbackStep::object)
        .filter(ref -> Presence.isPresent(after, ref))
        .collect(Collectors.toList());
  }

  /** One line for the top of the printed plan. */
  public String summary() {
    if (isNoop()) {
      return "batch " + batch + " is rolled back already; nothing to do";
    }
    return "rollback of batch "
        + batch
        + ": "
        + deletions().size()
        + " to delete, "
        + keeps().size()
        + " to keep"
        + (completes() ? "" : ", " + leftBehind().size() + " left behind (use --force)");
  }

  private <T extends RollbackStep> Stream<T> ofType(Class<T> type) {
    return steps.stream().filter(type::isInstance).map(type::cast);
  }
}
