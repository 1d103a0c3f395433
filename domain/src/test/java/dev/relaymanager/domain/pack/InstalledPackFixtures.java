package dev.relaymanager.domain.pack;

import java.time.Instant;
import java.util.Map;

/** Valid packs and installed packs by scenario, for storage and use-case tests. */
public final class InstalledPackFixtures {
  /** When the fixtures' packs were installed. */
  public static final Instant INSTALLED_AT = Instant.parse("2026-11-21T12:00:00.123456789Z");

  private InstalledPackFixtures() {}

  /** The two-provider pack (DeepSeek minimal, Zhipu fully written) named {@code name@version}. */
  public static Map<String, Object> aPackTree(String name, String version) {
    Map<String, Object> tree = PackFixtures.aTwoProviderPackTree();
    tree.put("name", name);
    tree.put("version", version);
    return tree;
  }

  /** {@link #aPackTree} read as a pack. */
  public static Pack aPack(String name, String version) {
    return PackDocument.read(aPackTree(name, version));
  }

  /** The same name and version as {@link #aPack} with another DeepSeek input price. */
  public static Map<String, Object> aRepricedPackTree(String name, String version) {
    Map<String, Object> tree = aPackTree(name, version);
    TreeEdits.set(tree, "providers[0].models[0].pricing", "input", 0.99);
    return tree;
  }

  /** {@link #aRepricedPackTree} read as a pack. */
  public static Pack aRepricedPack(String name, String version) {
    return PackDocument.read(aRepricedPackTree(name, version));
  }

  /** {@link #aPack} installed from a file at {@link #INSTALLED_AT}. */
  public static InstalledPack anInstalledPack(String name, String version) {
    return new InstalledPack(aPack(name, version), "/srv/packs/" + name + ".yaml", INSTALLED_AT);
  }
}
