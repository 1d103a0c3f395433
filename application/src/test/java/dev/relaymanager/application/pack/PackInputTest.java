package dev.relaymanager.application.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PackInputTest {
  private final BuiltinPacks builtins = new BuiltinPacks();

  @Test
  void utf8_bytes_become_text_without_a_byte_order_mark() {
    byte[] bytes = "\uFEFFname: 包".getBytes(StandardCharsets.UTF_8);

    PackInput input = PackInput.utf8("/p.yaml", bytes);

    assertThat(input.text(builtins)).isEqualTo("name: 包");
    assertThat(input.source()).isEqualTo("/p.yaml");
  }

  @Test
  void bytes_that_are_not_utf8_are_refused() {
    byte[] latin1 = "name: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> PackInput.utf8("/p.yaml", latin1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void more_than_one_mebibyte_is_refused() {
    byte[] big = new byte[PackInput.MAX_BYTES + 1];

    assertThatThrownBy(() -> PackInput.utf8("/big.yaml", big))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1 MiB");
  }

  @Test
  void a_built_in_pack_is_read_from_the_jar_under_its_reference() {
    PackInput input = PackInput.builtin("builtin:cn-core");

    assertThat(input.source()).isEqualTo("builtin:cn-core");
    assertThat(input.text(builtins)).contains("name: cn-core");
  }
}
