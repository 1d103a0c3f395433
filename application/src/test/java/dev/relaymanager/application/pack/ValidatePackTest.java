package dev.relaymanager.application.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.pack.InstalledPackFixtures;
import dev.relaymanager.domain.pack.PackWarning;
import dev.relaymanager.domain.port.InMemoryPackDocumentReader;
import dev.relaymanager.domain.shared.NotFoundException;
import dev.relaymanager.domain.shared.Violation;
import org.junit.jupiter.api.Test;

class ValidatePackTest {
  private final ValidatePack validatePack =
      new ValidatePack(PackTexts.reader(), new BuiltinPacks());

  @Test
  void a_valid_pack_reports_its_identity_digest_and_providers() {
    PackValidationReport report = validatePack.execute(PackInput.text("/p/cn.yaml", PackTexts.V1));

    assertThat(report.valid()).isTrue();
    assertThat(report.source()).isEqualTo("/p/cn.yaml");
    assertThat(report.name()).isEqualTo("cn-core");
    assertThat(report.version()).isEqualTo("1.0.0");
    assertThat(report.digest())
        .isEqualTo(InstalledPackFixtures.aPack("cn-core", "1.0.0").contentDigest().toString());
    assertThat(report.providers()).containsExactly("deepseek", "zhipu");
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void an_invalid_pack_reports_every_violation_with_its_path() {
    PackValidationReport report = validatePack.execute(PackInput.text("-", PackTexts.INVALID));

    assertThat(report.valid()).isFalse();
    assertThat(report.name()).isNull();
    assertThat(report.digest()).isNull();
    assertThat(report.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("providers[0].models[0].pricing.input", "providers[1].colour");
  }

  @Test
  void a_syntax_error_is_reported_as_a_violation_at_its_position() {
    PackValidationReport report = validatePack.execute(PackInput.text("-", PackTexts.SYNTAX_ERROR));

    assertThat(report.valid()).isFalse();
    assertThat(report.violations())
        .containsExactly(
            new Violation("line 1, column 1", InMemoryPackDocumentReader.UNKNOWN_TEXT));
  }

  @Test
  void warnings_of_a_valid_pack_are_reported() {
    PackValidationReport report = validatePack.execute(PackInput.text("-", PackTexts.WITH_WARNING));

    assertThat(report.valid()).isTrue();
    assertThat(report.warnings())
        .extracting(PackWarning::path)
        .containsExactly("providers[0].smoke.max_tokens");
  }

  @Test
  void a_built_in_pack_is_validated_under_its_reference() {
    PackValidationReport report = validatePack.execute(PackInput.builtin("builtin:cn-core"));

    assertThat(report.valid()).isTrue();
    assertThat(report.source()).isEqualTo("builtin:cn-core");
  }

  @Test
  void an_unknown_built_in_pack_is_not_found() {
    assertThatThrownBy(() -> validatePack.execute(PackInput.builtin("builtin:eu-core")))
        .isInstanceOf(NotFoundException.class);
  }
}
