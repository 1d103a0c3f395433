package dev.relaymanager.adapter.sqlite;

import static dev.relaymanager.domain.batch.BatchFixtures.KEY_A;
import static dev.relaymanager.domain.batch.BatchFixtures.at;
import static dev.relaymanager.domain.batch.BatchFixtures.passed;
import static dev.relaymanager.domain.port.StorageFixtures.DEEPSEEK;
import static dev.relaymanager.domain.port.StorageFixtures.aBatchWithAnIntentOfEveryKind;
import static dev.relaymanager.domain.port.StorageFixtures.aProvider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.ConflictException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How providers lie in the file, what refers to what, and that no key ever reaches it. */
class ProviderStorageTest {
  @TempDir Path directory;
  private SqliteDatabase database;
  private JdbiProviderRepository providers;

  @BeforeEach
  void openStateFile() {
    database = StoredParents.withHosts(directory.resolve("state.db"));
    providers = new JdbiProviderRepository(database);
  }

  @Test
  void the_file_holds_key_fingerprints_and_never_a_key() throws IOException {
    providers.save(DEEPSEEK.recordAccount(KEY_A, 101, at(1)));
    new JdbiImportBatchRepository(database)
        .add(aBatchWithAnIntentOfEveryKind().recordKeyResult(passed(KEY_A, 101)));

    String everyByte = readAllStateFiles();

    assertThat(everyByte).contains(KEY_A.hex());
    assertThat(everyByte)
        .doesNotContain(ProviderFixtures.KEY_A_TEXT)
        .doesNotContain(ProviderFixtures.KEY_B_TEXT);
  }

  @Test
  void each_managed_object_is_a_row_named_by_its_kind_and_mode_or_fingerprint()
      throws SQLException {
    Provider provider =
        DEEPSEEK
            .recordGroup(ImportMode.SELF_SERVICE, 13, at(1))
            .recordChannel(7, at(2))
            .recordAccount(KEY_A, 101, at(3));

    providers.save(provider);

    assertThat(
            RawSql.texts(
                database,
                """
                SELECT kind || '|' || qualifier || '|' || host_object_id FROM provider_objects
                ORDER BY kind
                """))
        .containsExactly("account|" + KEY_A.hex() + "|101", "channel||7", "group|self_service|13");
  }

  @Test
  void a_provider_on_an_unregistered_host_is_a_conflict_naming_the_host() {
    Provider stray = aProvider("p-9", "h-9", "cn-core", "deepseek");

    assertThatThrownBy(() -> providers.save(stray))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("host h-9 of provider p-9 is not registered");

    assertThat(providers.list()).isEmpty();
  }

  @Test
  void a_second_provider_with_the_same_identity_is_a_conflict_naming_the_first() {
    providers.save(DEEPSEEK);

    assertThatThrownBy(() -> providers.save(aProvider("p-9", "h-1", "cn-core", "deepseek")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("is already stored as p-1");
  }

  @Test
  void a_host_with_providers_cannot_be_removed() {
    providers.save(DEEPSEEK);

    assertThatThrownBy(() -> new JdbiHostRepository(database).remove(new HostId("h-1")))
        .isInstanceOf(ConflictException.class);

    assertThat(providers.find(DEEPSEEK.id())).isPresent();
  }

  private String readAllStateFiles() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        bytes.write(Files.readAllBytes(file));
      }
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
