package dev.relaymanager.application.pack;

import static dev.relaymanager.domain.pack.InstalledPackFixtures.aPackTree;
import static dev.relaymanager.domain.pack.InstalledPackFixtures.aRepricedPackTree;

import dev.relaymanager.domain.pack.PackFixtures;
import dev.relaymanager.domain.pack.TreeEdits;
import dev.relaymanager.domain.port.InMemoryPackDocumentReader;
import java.util.Map;

/** Pack texts that the in-memory reader turns into fixture trees, one per scenario. */
final class PackTexts {
  static final String V1 = "text of cn-core 1.0.0";
  static final String V1_REPRICED = "text of cn-core 1.0.0 with another price";
  static final String V2 = "text of cn-core 2.0.0";
  static final String INVALID = "text with two mistakes";
  static final String WITH_WARNING = "text whose smoke budget is small";
  static final String SYNTAX_ERROR = "text the reader cannot parse";

  private PackTexts() {}

  static InMemoryPackDocumentReader reader() {
    Map<String, Object> invalid = aPackTree("cn-core", "1.0.0");
    TreeEdits.set(invalid, "providers[0].models[0].pricing", "input", -1);
    TreeEdits.set(invalid, "providers[1]", "colour", "red");
    Map<String, Object> warning = aPackTree("cn-core", "1.0.0");
    TreeEdits.set(warning, "providers[0]", "smoke", PackFixtures.object("max_tokens", 64));
    return new InMemoryPackDocumentReader()
        .with(V1, aPackTree("cn-core", "1.0.0"))
        .with(V1_REPRICED, aRepricedPackTree("cn-core", "1.0.0"))
        .with(V2, aPackTree("cn-core", "2.0.0"))
        .with(INVALID, invalid)
        .with(WITH_WARNING, warning)
        .with(new BuiltinPacks().text("builtin:cn-core"), aPackTree("cn-core", "1.0.0"));
  }
}
