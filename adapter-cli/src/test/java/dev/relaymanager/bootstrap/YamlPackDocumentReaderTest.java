package dev.relaymanager.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlPackDocumentReaderTest {
  private final YamlPackDocumentReader reader = new YamlPackDocumentReader();

  @Test
  void yaml_and_json_of_the_same_content_give_the_same_tree() {
    Object yaml = reader.read("name: cn\nproviders:\n  - {id: a, price: 0.15}\n");
    Object json =
        reader.read("{\"name\": \"cn\", \"providers\": [{\"id\": \"a\", \"price\": 0.15}]}");

    assertThat(yaml).isEqualTo(json);
  }

  @Test
  void yaml_1_1_booleans_stay_strings_under_the_core_schema() {
    Object tree = reader.read("a: no\nb: on\nc: yes\nd: true\ne: False\n");

    assertThat(tree).isEqualTo(Map.of("a", "no", "b", "on", "c", "yes", "d", true, "e", false));
  }

  @Test
  void numbers_are_exact_longs_big_integers_and_decimals() {
    Map<?, ?> tree =
        (Map<?, ?>) reader.read("a: 0.1\nb: 12\nc: 123456789012345678901234\nd: 1e3\ne: 0x1F\n");

    assertThat(tree.get("a")).isEqualTo(new BigDecimal("0.1"));
    assertThat(tree.get("b")).isEqualTo(12L);
    assertThat(tree.get("c")).isEqualTo(new BigInteger("123456789012345678901234"));
    assertThat(tree.get("d")).isEqualTo(new BigDecimal("1e3"));
    assertThat(tree.get("e")).isEqualTo(31L);
  }

  @Test
  void nulls_lists_and_quoted_numbers_keep_their_kind() {
    Map<?, ?> tree = (Map<?, ?>) reader.read("a: ~\nb: [1, '2']\nc: \"2026-11-01\"\n");

    assertThat(tree.containsKey("a")).isTrue();
    assertThat(tree.get("a")).isNull();
    assertThat(tree.get("b")).isEqualTo(List.of(1L, "2"));
    assertThat(tree.get("c")).isEqualTo("2026-11-01");
  }

  @Test
  void a_syntax_error_names_its_line_and_column() {
    assertRefusedAt("name: cn\nproviders: [a, b\n", "line 3, column 1");
  }

  @Test
  void a_duplicate_key_is_refused_at_its_position() {
    assertRefusedAt("name: a\nversion: 1\nname: b\n", "line 3, column 1");
  }

  @Test
  void a_non_string_key_is_refused() {
    assertRefusedAt("name: a\n1: x\n", "line 2, column 1");
    assertRefusedAt("{true: 1}", "line 1, column 2");
  }

  @Test
  void a_second_document_is_refused() {
    assertRefusedAt("name: a\n---\nname: b\n", "line 3, column 1");
  }

  @Test
  void tags_outside_the_core_schema_are_refused() {
    assertRefusedAt("a: !!binary aGVsbG8=\n", "line 1, column 4");
    assertRefusedAt("a: !custom x\n", "line 1, column 4");
    assertRefusedAt("a: !!int twelve\n", "line 1, column 4");
  }

  @Test
  void an_alias_bomb_is_refused() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1))));
      yaml.append("]\n");
    }

    assertThatThrownBy(() -> reader.read(yaml.toString()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_few_aliases_are_expanded() {
    Map<?, ?> tree = (Map<?, ?>) reader.read("p: &p {input: 1}\nq: *p\n");

    assertThat(tree.get("q")).isEqualTo(Map.of("input", 1L));
  }

  @Test
  void deep_nesting_is_refused() {
    String deep = "[".repeat(YamlTree.MAX_DEPTH + 2) + "]".repeat(YamlTree.MAX_DEPTH + 2);

    assertThatThrownBy(() -> reader.read(deep))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("nests deeper than");
  }

  @Test
  void a_document_larger_than_one_mebibyte_is_refused() {
    String big = "a: '" + "x".repeat(YamlPackDocumentReader.MAX_CHARACTERS) + "'\n";

    assertThatThrownBy(() -> reader.read(big))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("1 MiB");
  }

  @Test
  void an_empty_document_is_refused() {
    assertRefusedAt("# only a comment\n", "line 1, column 1");
  }

  private void assertRefusedAt(String text, String position) {
    assertThatThrownBy(() -> reader.read(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly(position));
  }
}
