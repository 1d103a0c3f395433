package dev.relaymanager.application.imports;

import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.util.Objects;
import java.util.Optional;

/**
 * The pack an operator chose: {@code NAME} for its latest installed version or {@code
 * NAME@VERSION}.
 *
 * @param version the version text, empty for the latest
 */
public record PackSelector(PackName name, String version) {
  public PackSelector {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }

  /** Parses {@code text}; {@code path} names the input in errors. */
  public static PackSelector parse(String path, String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of(path, "is required, e.g. cn-core or cn-core@1.0.0");
    }
    if (text.contains("@")) {
      PackRef ref = PackRef.parse(path, text);
      return new PackSelector(ref.name(), ref.version().toString());
    }
    try {
      return new PackSelector(new PackName(text), "");
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(path, e.violations().get(0).message());
    }
  }

  /**
   * The installed pack chosen.
   *
   * @throws NotFoundException if it is not installed
   */
  public InstalledPack find(PackRepository packs) {
    Optional<InstalledPack> found =
        version.isEmpty()
            ? packs.findLatest(name)
            : packs.find(PackRef.parse("pack", name + "@" + version));
    return found.orElseThrow(() -> new NotFoundException("pack", toString()));
  }

  @Override
  public String toString() {
    return version.isEmpty() ? name.value() : name + "@" + version;
  }
}
