package dev.relaymanager.domain.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackVersionTest {

  @Test
  void versions_parse_and_print_back() {
    PackVersion version = PackVersion.parse("1.2.3-rc.1");

    assertThat(version).isEqualTo(new PackVersion(1, 2, 3, "rc.1"));
    assertThat(version).hasToString("1.2.3-rc.1");
    assertThat(version.isPreRelease()).isTrue();
  }

  @Test
  void versions_order_by_semver_precedence() {
    List<String> ordered =
        List.of(
            "0.9.9",
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "1.0.1",
            "1.10.0",
            "2.0.0");

    List<String> sorted =
        ordered.stream()
            .sorted((a, b) -> b.compareTo(a))
            .map(PackVersion::parse)
            .sorted()
            .map(PackVersion::toString)
            .collect(Collectors.toList());

    assertThat(sorted).containsExactlyElementsOf(ordered);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1.0", "v1.0.0", "01.0.0", "1.0.0+build.5", "1.0.0-", "1.0.0-01", "2026.11"})
  void anything_but_semver_is_refused(String text) {
    assertThatThrownBy(() -> PackVersion.parse(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("version: must be a semantic version");
  }

  @Test
  void pack_refs_read_name_at_version() {
    PackRef ref = PackRef.parse("pack", "cn-core@1.0.0");

    assertThat(ref.name()).isEqualTo(new PackName("cn-core"));
    assertThat(ref).hasToString("cn-core@1.0.0");
    assertThatThrownBy(() -> PackRef.parse("pack", "cn-core"))
        .hasMessage("pack: must be NAME@VERSION, e.g. cn-core@1.0.0");
    assertThatThrownBy(() -> PackRef.parse("pack", "cn-core@latest"))
        .hasMessageStartingWith("pack: must be a semantic version");
  }
}
