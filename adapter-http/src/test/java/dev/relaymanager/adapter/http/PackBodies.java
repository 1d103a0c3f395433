package dev.relaymanager.adapter.http;

import static dev.relaymanager.domain.pack.InstalledPackFixtures.aPackTree;
import static dev.relaymanager.domain.pack.InstalledPackFixtures.aRepricedPackTree;

import dev.relaymanager.application.pack.BuiltinPacks;
import dev.relaymanager.domain.pack.TreeEdits;
import dev.relaymanager.domain.port.InMemoryPackDocumentReader;
import java.util.Map;

/** Request bodies that the test API's in-memory reader turns into pack trees. */
final class PackBodies {
  static final String V1 = "schema: relay-manager.pack/v1 # cn-core 1.0.0";
  static final String V1_REPRICED = "schema: relay-manager.pack/v1 # cn-core 1.0.0 repriced";
  static final String V2 = "{\"schema\":\"relay-manager.pack/v1\",\"note\":\"cn-core 2.0.0\"}";
  static final String INVALID = "schema: relay-manager.pack/v1 # two mistakes";

  private PackBodies() {}

  static InMemoryPackDocumentReader reader() {
    Map<String, Object> invalid = aPackTree("cn-core", "1.0.0");
    TreeEdits.set(invalid, "providers[0].models[0].pricing", "input", -1);
    TreeEdits.set(invalid, "providers[1]", "colour", "red");
    return new InMemoryPackDocumentReader()
        .with(V1, aPackTree("cn-core", "1.0.0"))
        .with(V1_REPRICED, aRepricedPackTree("cn-core", "1.0.0"))
        .with(V2, aPackTree("cn-core", "2.0.0"))
        .with(INVALID, invalid)
        .with(new BuiltinPacks().text("builtin:cn-core"), aPackTree("cn-core", "1.0.0"));
  }
}
