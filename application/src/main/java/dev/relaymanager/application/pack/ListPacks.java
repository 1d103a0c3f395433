package dev.relaymanager.application.pack;

import dev.relaymanager.domain.port.PackRepository;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Lists every installed pack version. */
public final class ListPacks {
  private final PackRepository packs;

  public ListPacks(PackRepository packs) {
    this.packs = Objects.requireNonNull(packs, "packs");
  }

  /** Every installed version, ordered by name then version; empty when none is installed. */
  public List<PackSummary> execute() {
    return packs.list().stream().map(PackSummary::of).collect(Collectors.toList());
  }
}
