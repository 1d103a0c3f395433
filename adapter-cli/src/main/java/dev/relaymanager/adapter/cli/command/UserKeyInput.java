package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads an ordinary user's key from {@code --key-file FILE|-} or {@code --key-env VAR}: exactly one
 * key (blank lines and {@code #} comments skipped), never from an argument.
 */
final class UserKeyInput {
  private static final String PATH = "key";

  private UserKeyInput() {}

  /** The key, or empty when neither option was given. */
  static Optional<Secret> read(CommandContext context, String keyFile, String keyEnv) {
    if (keyFile != null && keyEnv != null) {
      throw InvalidInputException.of(PATH, "give --key-file or --key-env, not both");
    }
    if (keyEnv != null) {
      String value =
          context
              .runtime()
              .environment(keyEnv)
              .filter(v -> !v.isBlank())
              .orElseThrow(() -> InvalidInputException.of(PATH, "$" + keyEnv + " is not set"));
      return Optional.of(Secret.of(value.strip()));
    }
    if (keyFile == null) {
      return Optional.empty();
    }
    List<String> lines =
        KeysFile.read(context, keyFile)
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .collect(Collectors.toList());
    if (lines.size() != 1) {
      throw InvalidInputException.of(PATH, "the key file must hold exactly one key");
    }
    return Optional.of(Secret.of(lines.get(0)));
  }
}
