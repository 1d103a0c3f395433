package dev.relaymanager.application.pack;

import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.Pack;
import dev.relaymanager.domain.pack.PackValidation;
import dev.relaymanager.domain.pack.PackWarning;
import dev.relaymanager.domain.port.PackDocumentReader;
import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.shared.ConflictException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Installs a pack: stores the parsed pack with its content digest, once per name and version;
 * several versions of a pack may be installed side by side.
 */
public final class InstallPack {
  private final PackReading reading;
  private final PackRepository packs;
  private final Clock clock;

  public InstallPack(
      PackDocumentReader reader, BuiltinPacks builtins, PackRepository packs, Clock clock) {
    this.reading = new PackReading(reader, builtins);
    this.packs = Objects.requireNonNull(packs, "packs");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Installs {@code input}, or reports that this exact content is already installed.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException with every violation, if the
   *     document is not a valid pack; nothing is written
   * @throws ConflictException if this name and version are installed with other content
   * @throws dev.relaymanager.domain.shared.NotFoundException for an unknown built-in pack
   */
  public PackInstallation execute(PackInput input) {
    PackValidation validation = reading.validate(input);
    Pack pack = validation.packOrThrow();
    List<PackWarning> warnings = ((PackValidation.Valid) validation).warnings();
    Optional<InstalledPack> existing = packs.find(pack.ref());
    if (existing.isPresent()) {
      refuseOtherContent(existing.get(), pack);
      return new PackInstallation(
          PackInstallation.ALREADY_INSTALLED, PackSummary.of(existing.get()), warnings);
    }
    InstalledPack installed = new InstalledPack(pack, input.source(), clock.instant());
    packs.add(installed);
    return new PackInstallation(PackInstallation.INSTALLED, PackSummary.of(installed), warnings);
  }

  private static void refuseOtherContent(InstalledPack existing, Pack pack) {
    if (existing.pack().conflictsWith(pack)) {
      throw new ConflictException(
          "pack "
              + pack.ref()
              + " is already installed with digest "
              + ShortDigest.of(existing.digest())
              + ", and this document's digest is "
              + ShortDigest.of(pack.contentDigest())
              + "; a changed pack needs a new version");
    }
  }
}
