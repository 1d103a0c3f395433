package dev.relaymanager.adapter.http;

import dev.relaymanager.application.pack.InstallPack;
import dev.relaymanager.application.pack.ListPacks;
import dev.relaymanager.application.pack.ShowPack;
import dev.relaymanager.application.pack.ValidatePack;
import java.util.Objects;

/** The pack use cases that the {@code /api/packs} routes call. */
public record PackUseCases(
    ValidatePack validate, InstallPack install, ListPacks list, ShowPack show) {
  public PackUseCases {
    Objects.requireNonNull(validate, "validate");
    Objects.requireNonNull(install, "install");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(show, "show");
  }
}
