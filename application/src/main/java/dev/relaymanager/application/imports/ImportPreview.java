package dev.relaymanager.application.imports;

import java.util.List;

/**
 * The plan of an import against the live host, object by object; nothing was written anywhere.
 *
 * @param providerId the provider's id when it was imported before; null otherwise
 * @param verdict {@code ready} (apply would write), {@code in_sync} (nothing to do), {@code
 *     blocked} (foreign objects hold our group's or channel's name) or {@code unsupported} (the
 *     host lacks a capability; no plan is made)
 * @param duplicates accounts of ours holding the same key several times (reconcile prunes them)
 * @param blockers why objects cannot be imported
 * @param capabilityProblems what the host lacks for this provider and mode
 * @param warnings anything else the operator should know before applying
 */
public record ImportPreview(
    String host,
    String providerId,
    String pack,
    String provider,
    String mode,
    String verdict,
    int keys,
    List<PlannedChange> changes,
    List<HostDuplicate> duplicates,
    List<String> blockers,
    List<String> capabilityProblems,
    List<String> warnings) {

  public ImportPreview {
    changes = List.copyOf(changes);
    duplicates = List.copyOf(duplicates);
    blockers = List.copyOf(blockers);
    capabilityProblems = List.copyOf(capabilityProblems);
    warnings = List.copyOf(warnings);
  }

  /** Several accounts of ours for one key: the one kept and the extra ones. */
  public record HostDuplicate(String fingerprint, long keptId, List<Long> extraIds) {
    public HostDuplicate {
      extraIds = List.copyOf(extraIds);
    }
  }
}
