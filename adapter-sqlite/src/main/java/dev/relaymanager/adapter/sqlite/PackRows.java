package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.Pack;
import dev.relaymanager.domain.pack.PackDocument;
import dev.relaymanager.domain.shared.InvalidInputException;

/** Maps {@link InstalledPack} to {@link PackRow} and back. */
final class PackRows {
  private PackRows() {}

  static PackRow toRow(InstalledPack installed, PackJson json) {
    Pack pack = installed.pack();
    return new PackRow(
        pack.name().value(),
        pack.version().toString(),
        installed.digest().hex(),
        json.write(pack.toDocument()),
        installed.source(),
        SqliteInstants.text(installed.installedAt()));
  }

  /**
   * The stored pack, read back through the strict validator.
   *
   * @throws InvalidInputException at path {@code db} if the document no longer matches its digest
   */
  static InstalledPack toDomain(PackRow row, PackJson json) {
    Pack pack = PackDocument.read(json.read(row.document()));
    if (!pack.contentDigest().hex().equals(row.digest())) {
      throw InvalidInputException.of(
          "db",
          "the stored pack " + row.name() + "@" + row.version() + " does not match its digest");
    }
    return new InstalledPack(pack, row.source(), SqliteInstants.parse(row.installedAt()));
  }
}
