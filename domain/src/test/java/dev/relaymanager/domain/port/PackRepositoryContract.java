package dev.relaymanager.domain.port;

import static dev.relaymanager.domain.pack.InstalledPackFixtures.INSTALLED_AT;
import static dev.relaymanager.domain.pack.InstalledPackFixtures.aPack;
import static dev.relaymanager.domain.pack.InstalledPackFixtures.aRepricedPack;
import static dev.relaymanager.domain.pack.InstalledPackFixtures.anInstalledPack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.shared.ConflictException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PackRepository} must do; the fake and each real adapter extend it. */
public abstract class PackRepositoryContract {
  private PackRepository packs;

  /** A new, empty repository for one test. */
  protected abstract PackRepository newRepository();

  @BeforeEach
  final void createRepository() {
    packs = newRepository();
  }

  @Test
  void an_added_pack_is_found_with_its_content_digest_source_and_time() {
    InstalledPack installed = anInstalledPack("cn-core", "1.0.0");

    packs.add(installed);

    Optional<InstalledPack> found = packs.find(ref("cn-core@1.0.0"));
    assertThat(found).isPresent();
    assertThat(found.get().digest()).isEqualTo(installed.digest());
    assertThat(found.get().pack().toDocument()).isEqualTo(installed.pack().toDocument());
    assertThat(found.get().source()).isEqualTo("/srv/packs/cn-core.yaml");
    assertThat(found.get().installedAt()).isEqualTo(INSTALLED_AT);
  }

  @Test
  void an_unknown_version_or_name_is_not_found() {
    packs.add(anInstalledPack("cn-core", "1.0.0"));

    assertThat(packs.find(ref("cn-core@1.0.1"))).isEmpty();
    assertThat(packs.find(ref("eu-core@1.0.0"))).isEmpty();
    assertThat(packs.findLatest(new PackName("eu-core"))).isEmpty();
  }

  @Test
  void several_versions_of_a_pack_are_kept_side_by_side() {
    packs.add(anInstalledPack("cn-core", "1.0.0"));
    packs.add(anInstalledPack("cn-core", "1.1.0"));

    assertThat(packs.find(ref("cn-core@1.0.0"))).isPresent();
    assertThat(packs.find(ref("cn-core@1.1.0"))).isPresent();
  }

  @Test
  void the_latest_version_follows_semver_precedence_not_text_order() {
    packs.add(anInstalledPack("cn-core", "1.10.0"));
    packs.add(anInstalledPack("cn-core", "1.9.0"));
    packs.add(anInstalledPack("cn-core", "1.10.0-rc.1"));
    packs.add(anInstalledPack("other", "9.0.0"));

    Optional<InstalledPack> latest = packs.findLatest(new PackName("cn-core"));

    assertThat(latest).map(p -> p.ref().toString()).contains("cn-core@1.10.0");
  }

  @Test
  void packs_are_listed_by_name_then_version_precedence() {
    packs.add(anInstalledPack("zeta", "1.0.0"));
    packs.add(anInstalledPack("cn-core", "1.10.0"));
    packs.add(anInstalledPack("cn-core", "1.2.0"));
    packs.add(anInstalledPack("cn-core", "1.2.0-beta.1"));

    var listed = packs.list();

    assertThat(listed)
        .extracting(p -> p.ref().toString())
        .containsExactly("cn-core@1.2.0-beta.1", "cn-core@1.2.0", "cn-core@1.10.0", "zeta@1.0.0");
  }

  @Test
  void listing_an_empty_repository_gives_no_packs() {
    var listed = packs.list();

    assertThat(listed).isEmpty();
  }

  @Test
  void the_same_version_with_other_content_is_a_conflict_and_keeps_the_first() {
    InstalledPack first = anInstalledPack("cn-core", "1.0.0");
    packs.add(first);
    InstalledPack other = new InstalledPack(aRepricedPack("cn-core", "1.0.0"), "api", INSTALLED_AT);

    assertThatThrownBy(() -> packs.add(other)).isInstanceOf(ConflictException.class);

    assertThat(packs.list())
        .singleElement()
        .extracting(InstalledPack::digest)
        .isEqualTo(first.digest());
  }

  @Test
  void the_same_version_with_the_same_content_is_not_stored_twice() {
    packs.add(anInstalledPack("cn-core", "1.0.0"));
    InstalledPack again = new InstalledPack(aPack("cn-core", "1.0.0"), "api", INSTALLED_AT);

    assertThatThrownBy(() -> packs.add(again)).isInstanceOf(ConflictException.class);

    assertThat(packs.list()).singleElement().extracting(InstalledPack::source).isNotEqualTo("api");
  }

  private static PackRef ref(String text) {
    return PackRef.parse("pack", text);
  }
}
