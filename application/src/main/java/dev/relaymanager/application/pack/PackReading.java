package dev.relaymanager.application.pack;

import dev.relaymanager.domain.pack.PackDocument;
import dev.relaymanager.domain.pack.PackValidation;
import dev.relaymanager.domain.port.PackDocumentReader;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;

/** Turns a pack input into a validation outcome: syntax errors become violations like any other. */
final class PackReading {
  private final PackDocumentReader reader;
  private final BuiltinPacks builtins;

  PackReading(PackDocumentReader reader, BuiltinPacks builtins) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.builtins = Objects.requireNonNull(builtins, "builtins");
  }

  /**
   * The outcome of reading {@code input}.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException for an unknown built-in pack
   */
  PackValidation validate(PackInput input) {
    String text = input.text(builtins);
    Object tree;
    try {
      tree = reader.read(text);
    } catch (InvalidInputException e) {
      return new PackValidation.Invalid(e.violations());
    }
    return PackDocument.validate(tree);
  }
}
