package dev.relaymanager.application.pack;

import static dev.relaymanager.domain.pack.InstalledPackFixtures.INSTALLED_AT;
import static dev.relaymanager.domain.pack.InstalledPackFixtures.anInstalledPack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.port.InMemoryPackRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListPacksTest {
  private final InMemoryPackRepository packs = new InMemoryPackRepository();

  @Test
  void every_installed_version_is_listed_with_digest_providers_and_origin() {
    packs.add(anInstalledPack("cn-core", "1.10.0"));
    packs.add(anInstalledPack("cn-core", "1.9.0"));

    List<PackSummary> listed = new ListPacks(packs).execute();

    assertThat(listed).extracting(PackSummary::version).containsExactly("1.9.0", "1.10.0");
    PackSummary first = listed.get(0);
    assertThat(first.providers()).containsExactly("deepseek", "zhipu");
    assertThat(first.digest()).startsWith("sha256:" + first.shortDigest());
    assertThat(first.shortDigest()).hasSize(12);
    assertThat(first.source()).isEqualTo("/srv/packs/cn-core.yaml");
    assertThat(first.installedAt()).isEqualTo(INSTALLED_AT);
  }

  @Test
  void nothing_installed_lists_nothing() {
    List<PackSummary> listed = new ListPacks(packs).execute();

    assertThat(listed).isEmpty();
  }
}
