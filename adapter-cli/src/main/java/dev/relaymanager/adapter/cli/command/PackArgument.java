package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.application.pack.BuiltinPacks;
import dev.relaymanager.application.pack.PackInput;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Turns a {@code FILE}, {@code -} (standard input) or {@code builtin:NAME} argument into a pack
 * input; reads at most one byte more than the size cap, so a huge file is refused without being
 * read whole.
 */
final class PackArgument {
  static final String STDIN = "-";

  private PackArgument() {}

  static PackInput input(CommandContext context, String argument) {
    if (BuiltinPacks.isBuiltin(argument)) {
      return PackInput.builtin(argument);
    }
    if (argument.equals(STDIN)) {
      return PackInput.utf8("stdin", capped(context.runtime().standardInput(), "stdin"));
    }
    Path file = context.runtime().workingDirectory().resolve(argument).normalize();
    if (Files.isDirectory(file)) {
      throw InvalidInputException.of("file", file + " is a directory, not a pack file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return PackInput.utf8(file.toString(), capped(in, file.toString()));
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of("file", file + " does not exist");
    } catch (IOException e) {
      throw InvalidInputException.of("file", file + " cannot be read: " + e.getMessage());
    }
  }

  private static byte[] capped(InputStream in, String source) {
    try {
      return in.readNBytes(PackInput.MAX_BYTES + 1);
    } catch (IOException e) {
      throw InvalidInputException.of("file", source + " cannot be read: " + e.getMessage());
    }
  }
}
