package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.AccountPlan;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.IntentOrigin;
import dev.relaymanager.domain.batch.KeyResult;
import dev.relaymanager.domain.batch.PlanItem;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one key: finds or creates its account, runs the host's account test with the smoke model,
 * pauses the account when the key failed hard (so that it cannot poison failover), and records the
 * key's result. Runs on a worker thread; every batch change goes through the journal.
 */
final class AccountStep {
  private static final Logger LOG = LoggerFactory.getLogger(AccountStep.class);

  private final HostAdmin admin;
  private final Blueprint blueprint;
  private final BatchJournal journal;
  private final ProgressTracker progress;
  private final Clock clock;

  AccountStep(
      HostAdmin admin,
      Blueprint blueprint,
      BatchJournal journal,
      ProgressTracker progress,
      Clock clock) {
    this.admin = admin;
    this.blueprint = blueprint;
    this.journal = journal;
    this.progress = progress;
    this.clock = clock;
  }

  void run(AccountPlan account) {
    KeyResult result = importKey(account);
    synchronized (journal) {
      progress.report(journal.update(b -> b.recordKeyResult(result)));
    }
  }

  private KeyResult importKey(AccountPlan account) {
    Instant started = clock.instant();
    KeyFingerprint key = account.fingerprint();
    if (account.item() instanceof PlanItem.Blocked) {
      String reason = ((PlanItem.Blocked<AccountDraft>) account.item()).reason();
      return new KeyResult.NotCreated(key, reason, elapsed(started));
    }
    long accountId;
    try {
      accountId = accounts(account).apply(account.item());
    } catch (HostRejectedException | ConflictException e) {
      return new KeyResult.NotCreated(key, e.getMessage(), elapsed(started));
    }
    AccountTestOutcome test = admin.testAccount(accountId, blueprint.smokeTestModel());
    KeyResult result =
        new KeyResult.Tested(key, accountId, origin(accountId), test, elapsed(started));
    if (result.failedHard()) {
      pause(account, accountId);
    }
    return result;
  }

  private FindOrCreate<AccountDraft, LiveAccount> accounts(AccountPlan account) {
    KeyFingerprint key = account.fingerprint();
    return new FindOrCreate<>(
        journal,
        IntentKind.CREATE_ACCOUNT,
        IntentKind.UPDATE_ACCOUNT,
        kind -> (b, now) -> b.recordAccountIntent(kind, account.name(), key, now),
        draft -> admin.createAccount(draft, blueprint.idempotencyKey(key)),
        admin::updateAccount,
        LiveAccount::id);
  }

  private KeyResult.AccountOrigin origin(long accountId) {
    boolean created =
        journal
            .current()
            .originOf(HostObjectKind.ACCOUNT, accountId)
            .filter(o -> o == IntentOrigin.CREATED)
            .isPresent();
    return created ? KeyResult.AccountOrigin.CREATED : KeyResult.AccountOrigin.ADOPTED;
  }

  private void pause(AccountPlan account, long accountId) {
    try {
      journal.write(
          (b, now) ->
              b.recordAccountIntent(
                  IntentKind.PAUSE_ACCOUNT, account.name(), account.fingerprint(), now),
          () -> {
            admin.setSchedulable(accountId, false);
            return accountId;
          },
          Long::longValue,
          IntentOrigin.NONE);
    } catch (HostRejectedException | ConflictException e) {
      // The failed key is reported either way; the journal keeps the refusal for the operator.
      LOG.warn("could not pause account {}: {}", accountId, e.getMessage());
    }
  }

  private Duration elapsed(Instant started) {
    return Duration.between(started, clock.instant());
  }
}
