package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Asks the operator to confirm a change on the terminal, or refuses up front when nobody can
 * answer: with {@code --json}, when stdin is not a terminal, or when stdin carries the keys.
 */
final class Confirmation {
  private static final String PATH = "yes";

  private Confirmation() {}

  /**
   * Refuses to go on without {@code --yes} when no confirmation can be asked.
   *
   * @throws InvalidInputException saying why {@code --yes} is needed
   */
  static void checkCanAsk(CommandContext context, String keysFile) {
    if (context.output().json()) {
      throw InvalidInputException.of(PATH, "--json needs --yes: a JSON run cannot be confirmed");
    }
    if (KeysFile.isStdin(keysFile)) {
      throw InvalidInputException.of(
          PATH, "--keys-file - needs --yes: stdin holds the keys, so it cannot confirm");
    }
    if (!context.runtime().interactive()) {
      throw InvalidInputException.of(
          PATH, "stdin is not a terminal, so nothing can confirm; add --yes to apply");
    }
  }

  /** Whether the operator answers yes to {@code question} (printed on stderr). */
  static boolean ask(CommandContext context, PrintWriter err, String question) {
    err.print(question + " [y/N] ");
    err.flush();
    // Not closed: the reader wraps the process's stdin, which is not ours to close.
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(context.runtime().standardInput(), StandardCharsets.UTF_8));
    try {
      String answer = in.readLine();
      return answer != null && isYes(answer.strip().toLowerCase(Locale.ROOT));
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isYes(String answer) {
    return answer.equals("y") || answer.equals("yes");
  }
}
