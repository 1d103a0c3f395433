package dev.relaymanager.application.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where a pack document comes from: text the operator supplied (a file, stdin, a request body) or a
 * pack built into the manager.
 */
public sealed interface PackInput {
  /** The largest pack document accepted, in bytes of UTF-8: 1 MiB. */
  int MAX_BYTES = 1024 * 1024;

  /** A label of the origin, stored with an installed pack (e.g. a file's absolute path). */
  String source();

  /** The document's text. */
  String text(BuiltinPacks builtins);

  /** Text from {@code source}. */
  static PackInput text(String source, String text) {
    return new Text(source, text);
  }

  /**
   * UTF-8 bytes from {@code source}, checked strictly: at most {@link #MAX_BYTES}, no malformed
   * sequences; a leading byte-order mark is dropped.
   *
   * @throws InvalidInputException at path {@code pack} if the bytes are too many or not UTF-8
   */
  static PackInput utf8(String source, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw InvalidInputException.of(
          "pack", source + " is larger than " + MAX_BYTES + " bytes (1 MiB)");
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Text(source, text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of("pack", source + " is not UTF-8 text");
    }
  }

  /** A built-in pack such as {@code builtin:cn-core}. */
  static PackInput builtin(String reference) {
    return new Builtin(reference);
  }

  /** Text the operator supplied. */
  record Text(String source, String text) implements PackInput {
    public Text {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String text(BuiltinPacks builtins) {
      return text;
    }
  }

  /** A pack shipped in the jar; its reference is also its source label. */
  record Builtin(String reference) implements PackInput {
    public Builtin {
      Objects.requireNonNull(reference, "reference");
    }

    @Override
    public String source() {
      return reference;
    }

    @Override
    public String text(BuiltinPacks builtins) {
      return builtins.text(reference);
    }
  }
}
