package dev.relaymanager.application.pack;

import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.PackDocument;
import dev.relaymanager.domain.pack.PackValidation;
import dev.relaymanager.domain.pack.PackWarning;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One installed pack version in detail: its providers with their models and prices (USD per million
 * tokens), and the warnings a valid pack may carry.
 *
 * @param digest {@code sha256:HEX} of the canonical content
 */
public record PackView(
    String name,
    String version,
    String description,
    String digest,
    String shortDigest,
    String source,
    Instant installedAt,
    List<ProviderView> providers,
    List<PackWarning> warnings) {
  public PackView {
    providers = List.copyOf(providers);
    warnings = List.copyOf(warnings);
  }

  /** The view of {@code installed}. */
  public static PackView of(InstalledPack installed) {
    return new PackView(
        installed.pack().name().value(),
        installed.pack().version().toString(),
        installed.pack().description(),
        installed.digest().toString(),
        ShortDigest.of(installed.digest()),
        installed.source(),
        installed.installedAt(),
        installed.pack().providers().stream().map(ProviderView::of).collect(Collectors.toList()),
        warnings(installed));
  }

  // Warnings are not stored: they are recomputed, so a newer manager's checks apply to old packs.
  private static List<PackWarning> warnings(InstalledPack installed) {
    PackValidation validation = PackDocument.validate(installed.pack().toDocument());
    return validation instanceof PackValidation.Valid
        ? ((PackValidation.Valid) validation).warnings()
        : List.of();
  }
}
