package dev.relaymanager.adapter.sqlite;

import static dev.relaymanager.domain.host.HostFixtures.aHealthyHost;
import static dev.relaymanager.domain.host.HostFixtures.aRegisteredHost;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.host.AdminAuth;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.shared.SecretReference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How hosts lie in the file: references instead of secrets, readable JSON capabilities. */
class HostStorageTest {
  @TempDir Path directory;

  @Test
  void the_file_holds_the_secret_reference_and_never_the_secret() throws IOException {
    String resolvedElsewhere = "admin-7f3c9e1d-never-stored";
    Host registered = aRegisteredHost("h-1", "prod");
    Host host =
        Host.restore(
            registered.id(),
            registered.name(),
            registered.baseUrl(),
            new AdminAuth.ApiKey(SecretReference.parse("k", "env:X")),
            registered.prefix(),
            registered.createdAt(),
            registered.updatedAt(),
            Optional.empty());
    SqliteDatabase database = SqliteDatabase.open(directory.resolve("state.db"));

    new JdbiHostRepository(database).add(host);

    String everyByte = readAllStateFiles();
    assertThat(everyByte).contains("env:X").contains("h-1");
    assertThat(everyByte).doesNotContain(resolvedElsewhere);
  }

  @Test
  void no_column_of_any_table_is_meant_for_a_secret() throws SQLException {
    SqliteDatabase database = SqliteDatabase.open(directory.resolve("state.db"));

    List<String> columns =
        RawSql.texts(
            database,
            """
                            SELECT m.name || '.' || c.name
                            FROM sqlite_master m, pragma_table_info(m.name) c
                            WHERE m.type = 'table' AND m.name NOT LIKE 'flyway%'
                            """);

    assertThat(columns).contains("hosts.secret_ref");
    assertThat(columns)
        .filteredOn(c -> c.matches(".*(secret|password|token|key).*"))
        .allMatch(c -> c.endsWith("_ref"), "ends with _ref");
  }

  @Test
  void capabilities_are_stored_as_a_snake_case_json_object() throws SQLException {
    SqliteDatabase database = SqliteDatabase.open(directory.resolve("state.db"));
    new JdbiHostRepository(database).add(aHealthyHost("h-1", "prod"));

    Map<String, Object> stored =
        RawSql.one(
            database,
            """
                            SELECT probe_status, probe_latency_ms,
                                   json_extract(probe_capabilities, '$.native_cn_routes') AS native,
                                   json_extract(probe_capabilities, '$.group_platforms[0]') AS first
                            FROM hosts
                            """);

    assertThat(stored)
        .containsEntry("probe_status", "healthy")
        .containsEntry("probe_latency_ms", 42)
        .containsEntry("native", 1)
        .containsEntry("first", "anthropic");
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
