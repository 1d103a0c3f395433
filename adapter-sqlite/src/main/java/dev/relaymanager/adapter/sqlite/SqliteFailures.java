package dev.relaymanager.adapter.sqlite;

import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns Jdbi, Flyway and SQLite failures into the domain's exceptions so that none crosses a port.
 */
final class SqliteFailures {
  /** Primary result codes that mean the file itself is unusable; the operator has to fix it. */
  private static final Set<SQLiteErrorCode> FILE_PROBLEMS =
      Set.of(
          SQLiteErrorCode.SQLITE_CANTOPEN,
          SQLiteErrorCode.SQLITE_NOTADB,
          SQLiteErrorCode.SQLITE_CORRUPT,
          SQLiteErrorCode.SQLITE_READONLY,
          SQLiteErrorCode.SQLITE_PERM,
          SQLiteErrorCode.SQLITE_AUTH,
          SQLiteErrorCode.SQLITE_IOERR,
          SQLiteErrorCode.SQLITE_FULL);

  private SqliteFailures() {}

  /** Runs one repository call; a constraint failure becomes a conflict saying {@code conflict}. */
  static <T> T call(Supplier<T> work, Supplier<String> conflict) {
    try {
      return work.get();
    } catch (JdbiException e) {
      throw translate(e, conflict);
    }
  }

  /** Like {@link #call}, for a statement whose result does not matter. */
  static void run(Runnable work, Supplier<String> conflict) {
    call(
        () -> {
          work.run();
          return null;
        },
        conflict);
  }

  /** Why the state file could not be opened or migrated. */
  static RuntimeException opening(FlywayException failure, Path file) {
    if (sqliteCause(failure).isPresent()) {
      return translate(failure, () -> "migrating " + file + " broke a constraint");
    }
    // Without an SQLite cause Flyway refused the schema history: changed or unknown migrations.
    return InvalidInputException.of(
        "db", file + " does not match this version's schema: " + failure.getMessage());
  }

  private static RuntimeException translate(RuntimeException failure, Supplier<String> conflict) {
    Optional<SQLiteException> cause = sqliteCause(failure);
    if (cause.isEmpty()) {
      return new IllegalStateException("the state database failed", failure);
    }
    SQLiteErrorCode primary = primary(cause.get().getResultCode());
    if (primary == SQLiteErrorCode.SQLITE_CONSTRAINT) {
      return new ConflictException(conflict.get());
    }
    if (primary == SQLiteErrorCode.SQLITE_BUSY || primary == SQLiteErrorCode.SQLITE_LOCKED) {
      return new ConflictException("the state database is locked by another process; try again");
    }
    if (FILE_PROBLEMS.contains(primary)) {
      return InvalidInputException.of(
          "db", "the state database cannot be used: " + cause.get().getMessage());
    }
    // Anything else (a syntax error, a type mismatch) is a bug here, not the operator's problem.
    return new IllegalStateException("the state database failed", failure);
  }

  /** Extended codes such as SQLITE_CONSTRAINT_UNIQUE carry their primary code in the low byte. */
  private static SQLiteErrorCode primary(SQLiteErrorCode code) {
    return SQLiteErrorCode.getErrorCode(code.code & 0xff);
  }

  private static Optional<SQLiteException> sqliteCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException) {
        return Optional.of((SQLiteException) t);
      }
    }
    return Optional.empty();
  }
}
