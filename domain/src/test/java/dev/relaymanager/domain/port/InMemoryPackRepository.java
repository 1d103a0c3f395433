package dev.relaymanager.domain.port;

import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.shared.ConflictException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link PackRepository} in a map, for application tests. */
public final class InMemoryPackRepository implements PackRepository {
  private static final Comparator<InstalledPack> ORDER =
      Comparator.comparing((InstalledPack p) -> p.pack().name().value())
          .thenComparing(p -> p.pack().version());

  private final Map<PackRef, InstalledPack> byRef = new LinkedHashMap<>();

  @Override
  public synchronized void add(InstalledPack pack) {
    if (byRef.containsKey(pack.ref())) {
      throw new ConflictException("pack " + pack.ref() + " is already installed");
    }
    byRef.put(pack.ref(), pack);
  }

  @Override
  public synchronized Optional<InstalledPack> find(PackRef ref) {
    return Optional.ofNullable(byRef.get(ref));
  }

  @Override
  public synchronized Optional<InstalledPack> findLatest(PackName name) {
    return byRef.values().stream().filter(p -> p.pack().name().equals(name)).max(ORDER);
  }

  @Override
  public synchronized List<InstalledPack> list() {
    List<InstalledPack> packs = new ArrayList<>(byRef.values());
    packs.sort(ORDER);
    return packs;
  }
}
