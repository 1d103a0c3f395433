package dev.relaymanager.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.host.HostFixtures;
import dev.relaymanager.domain.pack.InstalledPackFixtures;
import dev.relaymanager.domain.port.InMemoryHostRepository;
import dev.relaymanager.domain.port.InMemoryPackRepository;
import dev.relaymanager.domain.port.InMemoryProviderRepository;
import dev.relaymanager.domain.provider.ProviderFixtures;
import dev.relaymanager.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class AccessTargetsTest {
  private final InMemoryHostRepository hosts = new InMemoryHostRepository();
  private final InMemoryProviderRepository providers = new InMemoryProviderRepository();
  private final InMemoryPackRepository packs = new InMemoryPackRepository();
  private final AccessTargets targets = new AccessTargets(hosts, providers, packs);

  AccessTargetsTest() {
    hosts.add(HostFixtures.aRegisteredHost("h-1", "prod"));
    packs.add(InstalledPackFixtures.anInstalledPack("cn-core", "1.0.0"));
    providers.save(ProviderFixtures.aNewDeepseekProvider());
  }

  @Test
  void a_provider_is_found_by_its_id_by_host_pack_and_name_or_by_name_on_a_host() {
    AccessTarget byId = targets.resolve("p-1");
    AccessTarget byPath = targets.resolve("prod/cn-core/deepseek");
    AccessTarget byName = targets.resolve("prod", "deepseek", "");

    assertThat(byId.provider().id()).isEqualTo(byPath.provider().id());
    assertThat(byName.provider().id()).isEqualTo(byId.provider().id());
    assertThat(byPath.host().name().value()).isEqualTo("prod");
    assertThat(byPath.spec().name().value()).isEqualTo("deepseek");
  }

  @Test
  void an_unknown_provider_is_not_found() {
    assertThatThrownBy(() -> targets.resolve("prod/cn-core/kimi"))
        .isInstanceOf(NotFoundException.class);
  }
}
