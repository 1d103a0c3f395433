package dev.relaymanager.application.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.InstalledPackFixtures;
import dev.relaymanager.domain.port.InMemoryPackRepository;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InstallPackTest {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  private final InMemoryPackRepository packs = new InMemoryPackRepository();
  private final InstallPack installPack =
      new InstallPack(
          PackTexts.reader(), new BuiltinPacks(), packs, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void installing_stores_the_pack_with_its_digest_source_and_time() {
    PackInstallation result = installPack.execute(PackInput.text("/p/cn.yaml", PackTexts.V1));

    assertThat(result.status()).isEqualTo(PackInstallation.INSTALLED);
    assertThat(result.pack().name()).isEqualTo("cn-core");
    assertThat(result.pack().installedAt()).isEqualTo(NOW);
    InstalledPack stored = packs.list().get(0);
    assertThat(stored.source()).isEqualTo("/p/cn.yaml");
    assertThat(stored.installedAt()).isEqualTo(NOW);
    assertThat(stored.digest())
        .isEqualTo(InstalledPackFixtures.aPack("cn-core", "1.0.0").contentDigest());
    assertThat(result.pack().digest()).isEqualTo(stored.digest().toString());
  }

  @Test
  void the_same_content_again_is_already_installed_and_writes_nothing() {
    installPack.execute(PackInput.text("/p/cn.yaml", PackTexts.V1));

    PackInstallation again = installPack.execute(PackInput.builtin("builtin:cn-core"));

    assertThat(again.status()).isEqualTo(PackInstallation.ALREADY_INSTALLED);
    assertThat(again.pack().source()).isEqualTo("/p/cn.yaml");
    assertThat(packs.list())
        .singleElement()
        .extracting(InstalledPack::source)
        .isEqualTo("/p/cn.yaml");
  }

  @Test
  void the_same_version_with_other_content_is_a_conflict_naming_both_digests() {
    PackInstallation first = installPack.execute(PackInput.text("a", PackTexts.V1));
    String otherDigest =
        InstalledPackFixtures.aRepricedPack("cn-core", "1.0.0").contentDigest().hex();

    assertThatThrownBy(() -> installPack.execute(PackInput.text("b", PackTexts.V1_REPRICED)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("cn-core@1.0.0")
        .hasMessageContaining(first.pack().shortDigest())
        .hasMessageContaining(otherDigest.substring(0, 12));

    assertThat(packs.list()).singleElement().extracting(InstalledPack::source).isEqualTo("a");
  }

  @Test
  void several_versions_are_installed_side_by_side() {
    installPack.execute(PackInput.text("a", PackTexts.V2));

    installPack.execute(PackInput.text("b", PackTexts.V1));

    assertThat(packs.list())
        .extracting(p -> p.ref().toString())
        .containsExactly("cn-core@1.0.0", "cn-core@2.0.0");
  }

  @Test
  void an_invalid_pack_is_refused_with_every_violation_and_writes_nothing() {
    assertThatThrownBy(() -> installPack.execute(PackInput.text("a", PackTexts.INVALID)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactlyInAnyOrder(
                        "providers[0].models[0].pricing.input", "providers[1].colour"));

    assertThat(packs.list()).isEmpty();
  }

  @Test
  void a_syntax_error_is_refused_and_writes_nothing() {
    assertThatThrownBy(() -> installPack.execute(PackInput.text("a", PackTexts.SYNTAX_ERROR)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 1, column 1");

    assertThat(packs.list()).isEmpty();
  }

  @Test
  void warnings_do_not_prevent_installation_and_are_returned() {
    PackInstallation result = installPack.execute(PackInput.text("a", PackTexts.WITH_WARNING));

    assertThat(result.status()).isEqualTo(PackInstallation.INSTALLED);
    assertThat(result.warnings()).hasSize(1);
    assertThat(packs.list()).hasSize(1);
  }
}
