package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.AccountPlan;
import dev.relaymanager.domain.batch.ImportPlan;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.batch.KeyList;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ChannelDraft;
import dev.relaymanager.domain.provider.GroupDraft;
import dev.relaymanager.domain.provider.LiveChannel;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.provider.Provider;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The host writes of one import, in dependency order: the group, then (planned again now that the
 * group's id is known) the channel, then the accounts in parallel, at most {@code parallelism} at a
 * time. Keys that already have a result in the batch are skipped.
 */
final class ImportRun {
  private final HostAdmin admin;
  private final Blueprint blueprint;
  private final Provider provider;
  private final BatchJournal journal;
  private final ProgressTracker progress;
  private final Clock clock;

  ImportRun(
      ImportTarget target,
      Blueprint blueprint,
      BatchJournal journal,
      ProgressTracker progress,
      Clock clock) {
    this.admin = target.admin();
    this.provider = target.provider();
    this.blueprint = blueprint;
    this.journal = journal;
    this.progress = progress;
    this.clock = clock;
  }

  /**
   * Imports {@code keys}.
   *
   * @throws dev.relaymanager.domain.shared.RelayException when the import cannot go on as a whole
   *     (host unreachable, group or channel refused or blocked)
   */
  void execute(KeyList keys, int parallelism) {
    groups().apply(LivePlanner.plan(admin, blueprint, keys, provider).group());
    ImportPlan plan = LivePlanner.plan(admin, blueprint, keys, provider);
    plan.channel().ifPresent(channel -> channels().apply(channel));
    List<AccountPlan> todo =
        plan.accounts().stream()
            .filter(a -> journal.current().keyResult(a.fingerprint()).isEmpty())
            .collect(Collectors.toList());
    if (!todo.isEmpty()) {
      accounts(todo, parallelism);
    }
  }

  private void accounts(List<AccountPlan> todo, int parallelism) {
    AccountStep step = new AccountStep(admin, blueprint, journal, progress, clock);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(parallelism, todo.size()),
            task -> new Thread(task, "import-" + journal.current().id()));
    try {
      Workers.runAll(pool, todo, step::run);
    } finally {
      pool.shutdownNow();
    }
  }

  private FindOrCreate<GroupDraft, LiveGroup> groups() {
    String name = blueprint.group().name();
    return new FindOrCreate<>(
        journal,
        IntentKind.CREATE_GROUP,
        IntentKind.UPDATE_GROUP,
        kind -> (b, now) -> b.recordIntent(kind, name, now),
        admin::createGroup,
        admin::updateGroup,
        LiveGroup::id);
  }

  private FindOrCreate<ChannelDraft, LiveChannel> channels() {
    String name = blueprint.names().channel();
    return new FindOrCreate<>(
        journal,
        IntentKind.CREATE_CHANNEL,
        IntentKind.UPDATE_CHANNEL,
        kind -> (b, now) -> b.recordIntent(kind, name, now),
        admin::createChannel,
        admin::updateChannel,
        LiveChannel::id);
  }
}
