package dev.relaymanager.application.imports;

import dev.relaymanager.domain.batch.ImportPlan;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.provider.CapabilityCheck;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Plans an import against the live host and shows it object by object (PRODUCT §4, preview). It
 * only reads: nothing is written to the host or to the state file.
 */
public final class PreviewImport {
  // Markers are never compared, so the batch a preview's drafts would carry does not matter.
  private static final BatchId PREVIEW = new BatchId("preview");

  private final ImportTargets targets;

  public PreviewImport(ImportTargets targets) {
    this.targets = Objects.requireNonNull(targets, "targets");
  }

  /** A valid preview request. */
  public record Command(ImportInput input) {
    public Command {
      Objects.requireNonNull(input, "input");
    }

    /**
     * Builds a command from raw operator input, reporting every problem at once.
     *
     * @throws dev.relaymanager.domain.shared.InvalidInputException with all violations
     */
    public static Command parse(
        String host, String pack, String provider, String mode, String keysText) {
      return new Command(ImportInput.parse(host, pack, provider, mode, keysText));
    }
  }

  /**
   * The plan of the import; a host lacking a capability gives the verdict {@code unsupported}.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the host, pack or provider is
   *     unknown
   */
  public ImportPreview execute(Command command) {
    ImportInput input = command.input();
    ImportTarget target = targets.resolve(input);
    List<String> problems =
        CapabilityCheck.problems(target.spec(), input.mode(), target.capabilities()).stream()
            .map(Violation::message)
            .collect(Collectors.toList());
    if (!problems.isEmpty()) {
      return preview(target, input, "unsupported", PreviewParts.none(), problems);
    }
    Blueprint blueprint = target.blueprint(input.mode(), PREVIEW);
    ImportPlan plan = LivePlanner.plan(target.admin(), blueprint, input.keys(), target.provider());
    return preview(target, input, verdict(plan), PreviewParts.of(blueprint, plan), List.of());
  }

  private static String verdict(ImportPlan plan) {
    if (plan.isBlocked()) {
      return "blocked";
    }
    return plan.writeCount() == 0 && plan.blockers().isEmpty() ? "in_sync" : "ready";
  }

  private static ImportPreview preview(
      ImportTarget target,
      ImportInput input,
      String verdict,
      PreviewParts parts,
      List<String> problems) {
    List<String> warnings = new ArrayList<>(parts.warnings());
    if (input.keys().duplicatesCollapsed() > 0) {
      warnings.add(
          0, input.keys().duplicatesCollapsed() + " repeated key line(s) were counted once");
    }
    return new ImportPreview(
        target.host().name().value(),
        target.stored() ? target.provider().id().value() : null,
        target.pack().ref().toString(),
        target.spec().name().value(),
        input.mode().wireName(),
        verdict,
        input.keys().size(),
        parts.changes(),
        parts.duplicates(),
        parts.blockers(),
        problems,
        warnings);
  }
}
