package dev.relaymanager.adapter.sqlite;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Instants as ISO-8601 UTC text with exactly nine fraction digits: lossless, sortable as text, and
 * understood by SQLite's date functions.
 */
final class SqliteInstants {
  private static final DateTimeFormatter FORMAT =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
          .appendFraction(ChronoField.NANO_OF_SECOND, 9, 9, true)
          .appendLiteral('Z')
          .toFormatter()
          .withZone(ZoneOffset.UTC);

  private SqliteInstants() {}

  static String text(Instant instant) {
    return FORMAT.format(instant);
  }

  static Instant parse(String text) {
    return Instant.parse(text);
  }
}
