package dev.relaymanager.application.host;

import java.util.Objects;

/** Shows one registered host. */
public final class ShowHost {
  private final HostLookup lookup;

  public ShowHost(HostLookup lookup) {
    this.lookup = Objects.requireNonNull(lookup, "lookup");
  }

  /**
   * The host called {@code name}.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if there is none
   */
  public HostView execute(String name) {
    return HostView.of(lookup.byName(name));
  }
}
