package dev.relaymanager.application.reconcile;

import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.reconcile.RecordedProvider;
import dev.relaymanager.domain.reconcile.RepairStep;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out repair steps on the host: re-creates (recording the new id in place of the lost one),
 * restores and rebinds. A refused step is an outcome; the others go on.
 */
final class RepairRun {
  private final HostAdmin admin;
  private final List<RecordedProvider> recorded;
  private final RecordedIds ids;
  private final String runId;
  private final Clock clock;

  RepairRun(
      HostAdmin admin,
      List<RecordedProvider> recorded,
      RecordedIds ids,
      String runId,
      Clock clock) {
    this.admin = admin;
    this.recorded = recorded;
    this.ids = ids;
    this.runId = runId;
    this.clock = clock;
  }

  List<ActionOutcome> apply(List<RepairStep> steps) {
    List<ActionOutcome> outcomes = new ArrayList<>();
    for (RepairStep step : steps) {
      try {
        outcomes.add(new ActionOutcome(step.describe(), "done", write(step)));
      } catch (HostRejectedException | ConflictException | NotFoundException e) {
        outcomes.add(new ActionOutcome(step.describe(), "failed", e.getMessage()));
      }
    }
    return outcomes;
  }

  private String write(RepairStep step) {
    if (step instanceof RepairStep.Recreate) {
      long newId = create(((RepairStep.Recreate<?>) step).draft());
      ids.replace(recorded, step.object().kind(), step.object().id(), newId, clock.instant());
      return "new id " + newId;
    }
    if (step instanceof RepairStep.Restore) {
      restore(step.object().id(), ((RepairStep.Restore<?>) step).draft());
      return null;
    }
    if (step instanceof RepairStep.Rebind) {
      admin.rebindAccount(step.object().id(), ((RepairStep.Rebind) step).groupIds());
      return null;
    }
    throw new AssertionError(step);
  }

  private long create(Object draft) {
    if (draft instanceof GroupDraft) {
      return admin.createGroup((GroupDraft) draft).id();
    }
    if (draft instanceof ChannelDraft) {
      return admin.createChannel((ChannelDraft) draft).id();
    }
    if (draft instanceof AccountDraft) {
      AccountDraft account = (AccountDraft) draft;
      // A key of its own: the import's key would replay the account the host has lost.
      String key = "relay-manager:repair:" + runId + ":" + account.fingerprint().hex();
      return admin
          .createAccount(account, new IdempotencyKey(key.substring(0, Math.min(128, key.length()))))
          .id();
    }
    throw new AssertionError(draft);
  }

  private void restore(long id, Object draft) {
    if (draft instanceof GroupDraft) {
      admin.updateGroup(id, (GroupDraft) draft);
    } else if (draft instanceof ChannelDraft) {
      admin.updateChannel(id, (ChannelDraft) draft);
    } else if (draft instanceof AccountDraft) {
      admin.updateAccount(id, (AccountDraft) draft);
    } else {
      throw new AssertionError(draft);
    }
  }
}
