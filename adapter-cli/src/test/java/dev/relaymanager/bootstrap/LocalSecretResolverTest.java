package dev.relaymanager.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.SecretReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretResolverTest {
  private final LocalSecretResolver resolver =
      new LocalSecretResolver(Map.of("ADMIN_KEY", "admin-abc", "EMPTY", ""));
  @TempDir Path directory;

  @Test
  void env_reads_the_variable() {
    Secret secret = resolver.resolve(ref("env:ADMIN_KEY"));

    assertThat(secret.sameAs(Secret.of("admin-abc"))).isTrue();
  }

  @Test
  void an_unset_or_empty_variable_is_invalid_input_naming_the_reference() {
    assertThatThrownBy(() -> resolver.resolve(ref("env:MISSING")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("env:MISSING");
    assertThatThrownBy(() -> resolver.resolve(ref("env:EMPTY")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("env:EMPTY");
  }

  @Test
  void file_reads_the_content_without_its_trailing_newline() throws IOException {
    Path file = Files.writeString(directory.resolve("key"), "admin-from-file\n");

    Secret secret = resolver.resolve(ref("file:" + file));

    assertThat(secret.sameAs(Secret.of("admin-from-file"))).isTrue();
  }

  @Test
  void a_missing_or_empty_file_is_invalid_input_without_the_content() throws IOException {
    Path empty = Files.writeString(directory.resolve("empty"), "\n");
    Path spaced = Files.writeString(directory.resolve("spaced"), "two words-secretish\n");

    assertThatThrownBy(() -> resolver.resolve(ref("file:" + directory.resolve("none"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("no such file");
    assertThatThrownBy(() -> resolver.resolve(ref("file:" + empty)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(empty.toString());
    assertThatThrownBy(() -> resolver.resolve(ref("file:" + spaced)))
        .isInstanceOf(InvalidInputException.class)
        .message()
        .doesNotContain("secretish");
  }

  private static SecretReference ref(String text) {
    return SecretReference.parse("ref", text);
  }
}
