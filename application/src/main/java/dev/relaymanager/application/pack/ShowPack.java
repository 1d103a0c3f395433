package dev.relaymanager.application.pack;

import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.Objects;
import java.util.Optional;

/** Shows one installed pack version in detail. */
public final class ShowPack {
  private final PackRepository packs;

  public ShowPack(PackRepository packs) {
    this.packs = Objects.requireNonNull(packs, "packs");
  }

  /**
   * The pack {@code reference} names: {@code NAME} for its latest installed version, {@code
   * NAME@VERSION} for exactly that one.
   *
   * @throws dev.relaymanager.domain.shared.InvalidInputException if {@code reference} is malformed
   * @throws NotFoundException if no such pack version is installed
   */
  public PackView execute(String reference) {
    Objects.requireNonNull(reference, "reference");
    Optional<InstalledPack> found =
        reference.contains("@")
            ? packs.find(PackRef.parse("pack", reference))
            : packs.findLatest(name(reference));
    return PackView.of(found.orElseThrow(() -> new NotFoundException("pack", reference)));
  }

  private static PackName name(String reference) {
    try {
      return new PackName(reference);
    } catch (InvalidInputException e) {
      throw InvalidInputException.of("pack", e.violations().get(0).message());
    }
  }
}
