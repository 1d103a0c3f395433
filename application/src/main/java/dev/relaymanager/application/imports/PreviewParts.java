package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportPlan;
import dev.relaymanager.domain.provider.Blueprint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The plan-dependent parts of a preview: changes, duplicates, blockers and plan warnings. */
record PreviewParts(
    List<PlannedChange> changes,
    List<ImportPreview.HostDuplicate> duplicates,
    List<String> blockers,
    List<String> warnings) {

  static PreviewParts none() {
    return new PreviewParts(List.of(), List.of(), List.of(), List.of());
  }

  static PreviewParts of(Blueprint blueprint, ImportPlan plan) {
    List<PlannedChange> changes = new ArrayList<>();
    changes.add(PlannedChange.of("group", blueprint.group().name(), plan.group()));
    plan.channel()
        .ifPresent(c -> changes.add(PlannedChange.of("channel", blueprint.names().channel(), c)));
    plan.accounts().forEach(a -> changes.add(PlannedChange.of(a)));
    List<ImportPreview.HostDuplicate> duplicates =
        plan.duplicates().stream()
            .map(
                d ->
                    new ImportPreview.HostDuplicate(
                        d.fingerprint().shortForm(), d.keptId(), d.extraIds()))
            .collect(Collectors.toList());
    return new PreviewParts(changes, duplicates, plan.blockers(), warnings(plan, blueprint));
  }

  private static List<String> warnings(ImportPlan plan, Blueprint blueprint) {
    List<String> warnings = new ArrayList<>();
    if (plan.bindingsPending() && !plan.isBlocked()) {
      warnings.add(
          "group "
              + blueprint.group().name()
              + " is created first; the channel and accounts are then bound to it");
    }
    if (!blueprint.hasChannel()) {
      warnings.add("the host has no channels: no pricing or model restriction is set");
    }
    if (!plan.duplicates().isEmpty()) {
      warnings.add(
          plan.duplicates().size()
              + " key(s) have several accounts of ours; the lowest id is used, reconcile"
              + " --prune removes the others");
    }
    return warnings;
  }
}
