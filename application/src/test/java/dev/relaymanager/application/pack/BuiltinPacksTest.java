package dev.relaymanager.application.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.pack.Pack;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class BuiltinPacksTest {
  private final BuiltinPacks builtins = new BuiltinPacks();

  @Test
  void cn_core_is_built_in() {
    String text = builtins.text("builtin:cn-core");

    assertThat(builtins.references()).containsExactly("builtin:cn-core");
    assertThat(text)
        .contains("schema: " + Pack.SCHEMA)
        .contains("name: cn-core")
        .contains("base_url: https://open.bigmodel.cn/api/paas/v4/chat/completions");
  }

  @Test
  void cn_core_offers_the_five_required_providers_each_with_a_source() {
    String text = builtins.text("builtin:cn-core");

    for (String provider : new String[] {"deepseek", "minimax", "kimi", "zhipu", "qwen"}) {
      assertThat(text).contains("  - name: " + provider + "\n");
    }
    assertThat(text.split("\n    source:\n", -1)).hasSize(6);
  }

  @Test
  void an_unknown_built_in_pack_is_not_found() {
    assertThatThrownBy(() -> builtins.text("builtin:eu-core"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("builtin:eu-core");
  }

  @Test
  void a_file_reference_is_not_a_built_in_pack() {
    assertThat(BuiltinPacks.isBuiltin("packs/cn-core.yaml")).isFalse();
    assertThatThrownBy(() -> builtins.text("packs/cn-core.yaml"))
        .isInstanceOf(InvalidInputException.class);
  }
}
