package dev.relaymanager.adapter.sqlite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Reads every byte SQLite wrote into a directory: the database, its WAL and shared memory. */
final class StateFiles {
  private StateFiles() {}

  /** The files of {@code directory} in name order, one byte per character, to search for text. */
  static String everyByte(Path directory) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        bytes.write(Files.readAllBytes(file));
      }
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
