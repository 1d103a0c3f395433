package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportPlan;
import dev.relaymanager.domain.batch.KeyList;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.batch.Planner;
import dev.relaymanager.domain.port.HostAdmin;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.ManagedNames;
import dev.relaymanager.domain.provider.Provider;
import java.util.List;

/** Reads the provider's objects from the live host and plans against them; reads only. */
final class LivePlanner {
  private LivePlanner() {}

  static ImportPlan plan(HostAdmin admin, Blueprint blueprint, KeyList keys, Provider provider) {
    return Planner.plan(blueprint, keys, provider, read(admin, blueprint));
  }

  private static LiveState read(HostAdmin admin, Blueprint blueprint) {
    ManagedNames names = blueprint.names();
    return new LiveState(
        admin.findGroupsNamed(names.group(blueprint.mode())),
        blueprint.hasChannel() ? admin.findChannelsNamed(names.channel()) : List.of(),
        admin.findAccountsNamedLike(names.stem() + "-"));
  }
}
