package dev.relaymanager.adapter.sub2api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** JSON bodies from the host contract, stored under {@code src/test/resources/contract}. */
final class ContractFixtures {
  private ContractFixtures() {}

  static String read(String name) {
    try (InputStream in = ContractFixtures.class.getResourceAsStream("/contract/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture as an answer with {@code status}. */
  static Canned answer(int status, String name) {
    return Canned.json(status, read(name));
  }
}
