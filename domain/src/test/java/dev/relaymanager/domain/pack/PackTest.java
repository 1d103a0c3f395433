package dev.relaymanager.domain.pack;

import static dev.relaymanager.domain.pack.PackFixtures.aMinimalValidPackTree;
import static dev.relaymanager.domain.pack.PackFixtures.aTwoProviderPackTree;
import static dev.relaymanager.domain.pack.TreeEdits.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackTest {

  @Test
  void the_digest_is_stable_under_key_order() {
    Map<String, Object> tree = aTwoProviderPackTree();

    Map<String, Object> reversed = reverseKeys(tree);

    assertThat(PackDocument.read(reversed).contentDigest())
        .isEqualTo(PackDocument.read(tree).contentDigest());
  }

  @Test
  void the_digest_ignores_how_numbers_are_spelled_and_whether_defaults_are_written() {
    Map<String, Object> spelledOut = aMinimalValidPackTree();
    set(spelledOut, "providers[0].models[0].pricing", "input", new BigDecimal("0.1500"));
    set(spelledOut, "providers[0]", "platform", "openai");
    set(spelledOut, "providers[0]", "smoke", PackFixtures.object("max_tokens", 1024));
    set(spelledOut, "providers[0].models[0]", "upstream_id", "deepseek-flash");

    Pack pack = PackDocument.read(spelledOut);

    assertThat(pack.contentDigest())
        .isEqualTo(PackDocument.read(aMinimalValidPackTree()).contentDigest());
  }

  @Test
  void a_price_change_changes_the_digest() {
    Map<String, Object> cheaper =
        set(aMinimalValidPackTree(), "providers[0].models[0].pricing", "input", 0.14);

    Pack pack = PackDocument.read(cheaper);

    assertThat(pack.contentDigest())
        .isNotEqualTo(PackDocument.read(aMinimalValidPackTree()).contentDigest());
  }

  @Test
  void the_digest_is_the_sha256_of_the_canonical_document() {
    Pack pack = PackDocument.read(aMinimalValidPackTree());

    String canonical = CanonicalJson.write(pack.toDocument());

    assertThat(canonical)
        .startsWith("{\"description\":\"One provider, defaults everywhere.\",\"name\":\"minimal\"")
        .contains("\"pricing\":{\"input\":0.15,\"output\":0.6}")
        .contains("\"daily_limit_usd\":\"unlimited\"")
        .doesNotContain("\": ")
        .doesNotContain("\n");
    assertThat(pack.contentDigest()).isEqualTo(CanonicalJson.sha256(pack.toDocument()));
    assertThat(pack.contentDigest().toString()).startsWith("sha256:").hasSize(71);
  }

  @Test
  void the_same_version_with_other_content_conflicts() {
    Pack installed = PackDocument.read(aMinimalValidPackTree());
    Pack edited =
        PackDocument.read(set(aMinimalValidPackTree(), "providers[0]", "display_name", "DS"));
    Pack newer =
        PackDocument.read(
            set(
                set(aMinimalValidPackTree(), "providers[0]", "display_name", "DS"),
                "",
                "version",
                "1.1.0"));

    assertThat(edited.conflictsWith(installed)).isTrue();
    assertThat(newer.conflictsWith(installed)).isFalse();
    assertThat(PackDocument.read(aMinimalValidPackTree()).conflictsWith(installed)).isFalse();
  }

  @Test
  void providers_are_found_by_name() {
    Pack pack = PackDocument.read(aTwoProviderPackTree());

    assertThat(pack.provider(new ProviderName("zhipu"))).isPresent();
    assertThat(pack.provider(new ProviderName("qwen"))).isEmpty();
  }

  @Test
  void a_pack_refuses_duplicate_providers_when_built_directly() {
    ProviderSpec deepseek = PackDocument.read(aMinimalValidPackTree()).providers().get(0);

    assertThatThrownBy(
            () ->
                Pack.of(
                    new PackName("dup"),
                    PackVersion.parse("1.0.0"),
                    "twice",
                    List.of(deepseek, deepseek)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("providers: duplicate provider name 'deepseek'");
  }

  private static Map<String, Object> reverseKeys(Map<String, Object> tree) {
    List<String> keys = new ArrayList<>(tree.keySet());
    Collections.reverse(keys);
    Map<String, Object> copy = new LinkedHashMap<>();
    keys.forEach(key -> copy.put(key, reversed(tree.get(key))));
    return copy;
  }

  private static Object reversed(Object value) {
    if (value instanceof Map<?, ?>) {
      return reverseKeys(TreeEdits.asObject(value));
    }
    if (value instanceof List<?> list) {
      return list.stream().map(PackTest::reversed).toList();
    }
    return value;
  }
}
