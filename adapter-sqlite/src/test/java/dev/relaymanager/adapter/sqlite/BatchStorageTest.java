package dev.relaymanager.adapter.sqlite;

import static dev.relaymanager.domain.batch.BatchFixtures.KEY_A;
import static dev.relaymanager.domain.batch.BatchFixtures.LEASE;
import static dev.relaymanager.domain.batch.BatchFixtures.at;
import static dev.relaymanager.domain.batch.BatchFixtures.passed;
import static dev.relaymanager.domain.port.StorageFixtures.DEEPSEEK;
import static dev.relaymanager.domain.port.StorageFixtures.aBatchIn;
import static dev.relaymanager.domain.port.StorageFixtures.aBatchWithAnIntentOfEveryKind;
import static dev.relaymanager.domain.port.StorageFixtures.aProvider;
import static dev.relaymanager.domain.port.StorageFixtures.aRunningBatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.batch.BatchStatus;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.ConflictException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How batches lie in the file, and what the schema refuses whichever process writes. */
class BatchStorageTest {
  @TempDir Path directory;
  private SqliteDatabase database;
  private JdbiImportBatchRepository batches;

  @BeforeEach
  void openStateFile() {
    database = StoredParents.withHostsAndProviders(directory.resolve("state.db"));
    batches = new JdbiImportBatchRepository(database);
  }

  @Test
  void two_processes_cannot_both_run_a_batch_of_one_provider() {
    JdbiImportBatchRepository first = batches;
    JdbiImportBatchRepository second =
        new JdbiImportBatchRepository(SqliteDatabase.open(directory.resolve("state.db")));
    first.add(aRunningBatch("b-1", DEEPSEEK, at(0)));

    assertThatThrownBy(() -> second.add(aRunningBatch("b-2", DEEPSEEK, at(5))))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("batch b-1 of provider p-1 is running (held by worker-1");

    assertThat(first.list()).extracting(b -> b.id().value()).containsExactly("b-1");
  }

  @Test
  void resuming_a_failed_batch_while_another_of_its_provider_runs_is_a_conflict() {
    ImportBatch failed = aBatchIn(BatchStatus.FAILED);
    batches.add(failed);
    batches.add(aRunningBatch("b-2", DEEPSEEK, at(100)));

    assertThatThrownBy(() -> batches.save(failed.resume("worker-2", at(110), LEASE)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("batch b-2 of provider p-1 is running");

    assertThat(batches.find(failed.id()).orElseThrow().status()).isEqualTo(BatchStatus.FAILED);
  }

  @Test
  void a_batch_of_an_unknown_provider_is_a_conflict_naming_it() {
    ImportBatch orphan = aRunningBatch("b-1", aProvider("p-9", "h-9", "cn-core", "x"), at(0));

    assertThatThrownBy(() -> batches.add(orphan))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("provider p-9 or host h-9 of batch b-1 is not stored");
  }

  @Test
  void a_save_that_fails_midway_leaves_the_previous_state_intact() throws SQLException {
    ImportBatch before = aBatchWithAnIntentOfEveryKind();
    batches.add(before);
    execute(
        "CREATE TRIGGER refuse_results BEFORE INSERT ON batch_results "
            + "BEGIN SELECT RAISE(ABORT, 'refused'); END");
    ImportBatch after = before.recordKeyResult(passed(KEY_A, 101)).fail("gone", at(60));

    assertThatThrownBy(() -> batches.save(after)).isInstanceOf(ConflictException.class);

    ImportBatch found = batches.find(before.id()).orElseThrow();
    assertThat(found).usingRecursiveComparison().isEqualTo(before);
  }

  @Test
  void a_running_batch_is_a_row_with_a_json_array_of_fingerprints_and_no_finish()
      throws SQLException {
    batches.add(aBatchWithAnIntentOfEveryKind());

    Map<String, Object> row = RawSql.one(database, "SELECT * FROM import_batches");

    assertThat(row)
        .containsEntry("status", "running")
        .containsEntry("mode", "self_service")
        .containsEntry("finished_at", null)
        .containsEntry("failure_reason", null)
        .containsEntry("started_at", "2026-11-21T09:00:00.000000000Z");
    assertThat((String) row.get("fingerprints"))
        .startsWith("[\"" + ProviderFixtures.KEY_A.fingerprint().hex() + "\",");
    assertThat(RawSql.texts(database, "SELECT count(*) FROM batch_intents"))
        .containsExactly(Integer.toString(IntentKind.values().length));
  }

  @Test
  void the_provider_and_batch_tables_are_strict() throws SQLException {
    var strict =
        RawSql.texts(
            database,
            """
            SELECT name || '=' || strict FROM pragma_table_list
            WHERE name IN ('providers', 'provider_objects', 'provider_batches', 'import_batches',
                           'batch_intents', 'batch_results')
            ORDER BY name
            """);

    assertThat(strict)
        .containsExactly(
            "batch_intents=1",
            "batch_results=1",
            "import_batches=1",
            "provider_batches=1",
            "provider_objects=1",
            "providers=1");
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
