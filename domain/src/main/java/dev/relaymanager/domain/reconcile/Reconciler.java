package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.batch.HostComparison;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.LiveState;
import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.ManagedNames;
import dev.relaymanager.domain.provider.Marker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compares recorded providers with the live host and lists the findings (PRODUCT §4, reconcile).
 * The live state must hold every object the providers record (read by id, so that a renamed one is
 * still found) and every object the scope covers, all pages walked.
 */
public final class Reconciler {
  private Reconciler() {}

  /**
   * The findings for one provider; {@code live} holds the objects named like the provider's (and
   * the recorded ones). Only objects with exactly one of its names and its marker count as its own.
   */
  public static List<Finding> provider(RecordedProvider recorded, LiveState live) {
    List<Finding> findings = new ArrayList<>(RecordedChecks.of(recorded, live));
    findings.addAll(Strays.of(live, ownedBy(recorded.names()), recordedKeys(List.of(recorded))));
    return List.copyOf(findings);
  }

  /**
   * The findings for a whole host: those of each of its {@code providers}, then every object in
   * {@code live} that bears {@code prefix} and carries a marker but that no provider records.
   */
  public static List<Finding> host(
      List<RecordedProvider> providers, ResourcePrefix prefix, LiveState live) {
    List<Finding> findings = new ArrayList<>();
    providers.forEach(p -> findings.addAll(RecordedChecks.of(p, live)));
    Predicate<Candidate> ours =
        c -> ManagedNames.bearsPrefix(prefix, c.name()) && Marker.parse(c.freeText()).isPresent();
    findings.addAll(Strays.of(live, ours, recordedKeys(providers)));
    return List.copyOf(findings);
  }

  private static Predicate<Candidate> ownedBy(ManagedNames names) {
    return c -> {
      switch (c.ref().kind()) {
        case GROUP:
          return Arrays.stream(ImportMode.values()).anyMatch(m -> names.group(m).equals(c.name()))
              && HostComparison.isOurs(names, c.freeText(), "");
        case CHANNEL:
          return names.channel().equals(c.name()) && HostComparison.isOurs(names, c.freeText(), "");
        case ACCOUNT:
          return names
              .shortFingerprintOf(c.name())
              .filter(key -> HostComparison.isOurs(names, c.freeText(), key))
              .isPresent();
        default:
          throw new AssertionError(c.ref().kind());
      }
    };
  }

  private static Set<String> recordedKeys(List<RecordedProvider> providers) {
    Set<String> keys = new HashSet<>();
    for (RecordedProvider recorded : providers) {
      recorded
          .provider()
          .groupIds()
          .values()
          .forEach(id -> keys.add(Candidate.key(HostObjectKind.GROUP, id)));
      recorded
          .provider()
          .channelId()
          .ifPresent(id -> keys.add(Candidate.key(HostObjectKind.CHANNEL, id)));
      recorded
          .provider()
          .accountIds()
          .values()
          .forEach(id -> keys.add(Candidate.key(HostObjectKind.ACCOUNT, id)));
    }
    return keys;
  }
}
