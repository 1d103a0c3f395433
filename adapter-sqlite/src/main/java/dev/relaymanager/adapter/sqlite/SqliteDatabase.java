package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite state file, migrated to the current schema and configured identically on every
 * connection; repositories of this package are built on it.
 */
public final class SqliteDatabase {
  /** How long a connection waits for another process's write lock before giving up. */
  static final int BUSY_TIMEOUT_MILLIS = 5000;

  private final Path file;
  private final DataSource dataSource;
  private final Jdbi jdbi;

  private SqliteDatabase(Path file, DataSource dataSource) {
    this.file = file;
    this.dataSource = dataSource;
    // installPlugins() finds the SqlObject plugin through its service file; naming the class here
    // would make javac warn about a SpotBugs annotation that is not on the classpath (-Werror).
    this.jdbi = Jdbi.create(dataSource).installPlugins();
  }

  /**
   * Opens {@code file}, creating it and its parent directories if needed, and applies pending
   * migrations.
   *
   * @throws InvalidInputException at path {@code db} if the file cannot be created, opened or
   *     migrated (a directory, not a database, unreadable, or written by an incompatible version)
   * @throws dev.relaymanager.domain.shared.ConflictException if another process holds the lock
   *     longer than the busy timeout
   */
  public static SqliteDatabase open(Path file) {
    Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    prepareLocation(absolute);
    SQLiteDataSource dataSource = dataSource(absolute);
    migrate(dataSource, absolute);
    return new SqliteDatabase(absolute, dataSource);
  }

  /** The absolute path of the state file. */
  public Path file() {
    return file;
  }

  Jdbi jdbi() {
    return jdbi;
  }

  /** Plain connections with the same pragmas; for tests that look beneath Jdbi. */
  DataSource dataSource() {
    return dataSource;
  }

  private static void prepareLocation(Path file) {
    if (Files.isDirectory(file)) {
      throw InvalidInputException.of("db", file + " is a directory, not a SQLite file");
    }
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw InvalidInputException.of(
          "db", "cannot create the directory of " + file + ": " + e.getMessage());
    }
  }

  /** Every connection the data source hands out, Flyway's and Jdbi's alike, gets these pragmas. */
  private static SQLiteDataSource dataSource(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
    return dataSource;
  }

  private static void migrate(SQLiteDataSource dataSource, Path file) {
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .loggers("slf4j")
          .cleanDisabled(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw SqliteFailures.opening(e, file);
    }
  }
}
