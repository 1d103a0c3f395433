package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the upstream keys of {@code --keys-file FILE|-}: a file, or standard input for {@code -}.
 * Reads at most one byte more than the cap, so a wrong (huge) file is refused without being read
 * whole. Keys never come from an argument.
 */
final class KeysFile {
  /** The largest keys file read: 1 MiB, thousands of keys. */
  static final int MAX_BYTES = 1024 * 1024;

  private static final String PATH = "keys_file";

  private KeysFile() {}

  /** Whether {@code argument} names standard input. */
  static boolean isStdin(String argument) {
    return PackArgument.STDIN.equals(argument);
  }

  /** The content of the keys file, or null when none was named. */
  static String read(CommandContext context, String argument) {
    if (argument == null) {
      return null;
    }
    if (isStdin(argument)) {
      return text(context.runtime().standardInput(), "stdin");
    }
    Path file = context.runtime().workingDirectory().resolve(argument).normalize();
    if (Files.isDirectory(file)) {
      throw InvalidInputException.of(PATH, file + " is a directory, not a keys file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return text(in, file.toString());
    } catch (NoSuchFileException e) {
      throw InvalidInputException.of(PATH, file + " does not exist");
    } catch (IOException e) {
      throw InvalidInputException.of(PATH, file + " cannot be read");
    }
  }

  private static String text(InputStream in, String source) {
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw InvalidInputException.of(PATH, source + " is larger than 1 MiB");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw InvalidInputException.of(PATH, source + " cannot be read");
    }
  }
}
