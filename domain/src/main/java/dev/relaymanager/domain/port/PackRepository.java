package dev.relaymanager.domain.port;

import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.PackRef;
import java.util.List;
import java.util.Optional;

/**
 * Stores installed packs, each version of a pack side by side; a stored version never changes. Each
 * method is one transaction.
 */
public interface PackRepository {
  /**
   * Stores {@code pack} with its content digest. Whether the same content is "already installed" is
   * the caller's question: this method refuses any second copy of a version.
   *
   * @throws dev.relaymanager.domain.shared.ConflictException if this name and version are already
   *     stored, whatever their digest
   */
  void add(InstalledPack pack);

  /** The stored pack with exactly this name and version, or empty. */
  Optional<InstalledPack> find(PackRef ref);

  /**
   * The stored version of {@code name} that ranks highest by semver precedence (a pre-release of a
   * higher version outranks a lower release), or empty when no version is stored.
   */
  Optional<InstalledPack> findLatest(PackName name);

  /** Every stored pack ordered by name, then by version precedence; empty when none is. */
  List<InstalledPack> list();
}
