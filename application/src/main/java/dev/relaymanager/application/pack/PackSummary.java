package dev.relaymanager.application.pack;

import dev.relaymanager.domain.pack.InstalledPack;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One installed pack version as listed: identity, content digest, providers and origin.
 *
 * @param digest {@code sha256:HEX} of the canonical content
 * @param shortDigest the first 12 hex digits of the digest
 */
public record PackSummary(
    String name,
    String version,
    String digest,
    String shortDigest,
    List<String> providers,
    String source,
    Instant installedAt) {
  public PackSummary {
    providers = List.copyOf(providers);
  }

  /** The summary of {@code installed}. */
  public static PackSummary of(InstalledPack installed) {
    return new PackSummary(
        installed.pack().name().value(),
        installed.pack().version().toString(),
        installed.digest().toString(),
        ShortDigest.of(installed.digest()),
        installed.pack().providers().stream()
            .map(p -> p.name().value())
            .collect(Collectors.toList()),
        installed.source(),
        installed.installedAt());
  }
}
