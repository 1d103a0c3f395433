package dev.relaymanager.bootstrap;

import dev.relaymanager.application.pack.BuiltinPacks;
import dev.relaymanager.application.pack.InstallPack;
import dev.relaymanager.application.pack.ListPacks;
import dev.relaymanager.application.pack.ShowPack;
import dev.relaymanager.application.pack.ValidatePack;
import dev.relaymanager.domain.port.PackRepository;
import java.time.Clock;

/** The pack use cases over one state file. */
public record PackWiring(
    ValidatePack validatePack, InstallPack installPack, ListPacks listPacks, ShowPack showPack) {

  static PackWiring of(PackRepository packs, Clock clock) {
    YamlPackDocumentReader reader = new YamlPackDocumentReader();
    BuiltinPacks builtins = new BuiltinPacks();
    return new PackWiring(
        new ValidatePack(reader, builtins),
        new InstallPack(reader, builtins, packs, clock),
        new ListPacks(packs),
        new ShowPack(packs));
  }
}
