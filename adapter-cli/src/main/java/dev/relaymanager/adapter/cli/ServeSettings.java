package dev.relaymanager.adapter.cli;

import java.util.Objects;

/** Where {@code serve} listens, as given on the command line. */
public record ServeSettings(String bindAddress, int port) {
  public ServeSettings {
    Objects.requireNonNull(bindAddress, "bindAddress");
  }
}
