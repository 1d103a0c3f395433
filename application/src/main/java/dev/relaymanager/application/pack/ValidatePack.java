package dev.relaymanager.application.pack;

import dev.relaymanager.domain.port.PackDocumentReader;

/** Checks a pack document completely without storing anything. */
public final class ValidatePack {
  private final PackReading reading;

  public ValidatePack(PackDocumentReader reader, BuiltinPacks builtins) {
    this.reading = new PackReading(reader, builtins);
  }

  /**
   * Every problem of {@code input}, syntax errors included, or the valid pack's identity and
   * warnings; an invalid document is a result here, not an exception.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException for an unknown built-in pack
   */
  public PackValidationReport execute(PackInput input) {
    return PackValidationReport.of(input.source(), reading.validate(input));
  }
}
