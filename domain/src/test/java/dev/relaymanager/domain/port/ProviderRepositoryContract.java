package dev.relaymanager.domain.port;

import static dev.relaymanager.domain.batch.BatchFixtures.KEY_A;
import static dev.relaymanager.domain.batch.BatchFixtures.KEY_B;
import static dev.relaymanager.domain.port.StorageFixtures.DEEPSEEK;
import static dev.relaymanager.domain.port.StorageFixtures.aProvider;
import static dev.relaymanager.domain.provider.ProviderFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ProviderRepository} must do; the fake and each real adapter extend it. */
public abstract class ProviderRepositoryContract {
  private static final Instant LATER = Instant.parse("2026-11-22T10:15:30.123456789Z");

  private ProviderRepository providers;

  /**
   * A new repository without providers, in a store that holds {@link StorageFixtures#hosts()}
   * (stores with foreign keys need them).
   */
  protected abstract ProviderRepository newRepository();

  @BeforeEach
  final void createRepository() {
    providers = newRepository();
  }

  @Test
  void a_saved_provider_is_found_with_every_object_and_batch_it_recorded() {
    Provider provider = aProviderManagingEverything();

    providers.save(provider);

    assertSameProvider(providers.find(provider.id()), provider);
    assertSameProvider(
        providers.findByIdentity(new HostId("h-1"), new PackName("cn-core"), provider.name()),
        provider);
  }

  @Test
  void a_new_provider_is_found_managing_nothing() {
    providers.save(DEEPSEEK);

    Provider found = providers.find(DEEPSEEK.id()).orElseThrow();

    assertSameProvider(Optional.of(found), DEEPSEEK);
    assertThat(found.channelId()).isEmpty();
    assertThat(found.groupIds()).isEmpty();
    assertThat(found.accountIds()).isEmpty();
    assertThat(found.batches()).isEmpty();
  }

  @Test
  void saving_again_replaces_the_objects_the_batches_and_the_pack_version() {
    Provider first = aProviderManagingEverything();
    providers.save(first);
    Provider changed =
        first
            .forgetChannel(7, LATER)
            .forgetAccount(101, LATER)
            .forgetGroup(12, LATER)
            .recordBatch(new BatchId("b-3"), ref("cn-core@1.2.0"), LATER);

    providers.save(changed);

    Provider found = providers.find(first.id()).orElseThrow();
    assertSameProvider(Optional.of(found), changed);
    assertThat(found.channelId()).isEmpty();
    assertThat(found.batches()).extracting(BatchId::value).containsExactly("b-1", "b-2", "b-3");
    assertThat(found.pack()).isEqualTo(ref("cn-core@1.2.0"));
  }

  @Test
  void a_provider_is_found_by_identity_whatever_its_pack_version() {
    Provider upgraded = DEEPSEEK.recordBatch(new BatchId("b-1"), ref("cn-core@2.0.0-rc.1"), NOW);
    providers.save(upgraded);

    Optional<Provider> found =
        providers.findByIdentity(
            new HostId("h-1"), new PackName("cn-core"), new ProviderName("deepseek"));

    assertSameProvider(found, upgraded);
  }

  @Test
  void an_unknown_id_or_identity_is_not_found() {
    providers.save(DEEPSEEK);
    PackName cnCore = new PackName("cn-core");
    ProviderName deepseek = new ProviderName("deepseek");

    assertThat(providers.find(new ProviderId("p-9"))).isEmpty();
    assertThat(providers.findByIdentity(new HostId("h-2"), cnCore, deepseek)).isEmpty();
    assertThat(providers.findByIdentity(new HostId("h-1"), new PackName("eu-core"), deepseek))
        .isEmpty();
    assertThat(providers.findByIdentity(new HostId("h-1"), cnCore, new ProviderName("zhipu")))
        .isEmpty();
  }

  @Test
  void another_provider_with_the_same_identity_is_a_conflict_and_changes_nothing() {
    Provider first = aProviderManagingEverything();
    providers.save(first);
    Provider twin = aProvider("p-9", "h-1", "cn-core", "deepseek").recordChannel(99, LATER);

    assertThatThrownBy(() -> providers.save(twin)).isInstanceOf(ConflictException.class);

    assertThat(providers.find(twin.id())).isEmpty();
    assertThat(providers.list()).hasSize(1);
    assertSameProvider(providers.find(first.id()), first);
  }

  @Test
  void the_same_provider_name_in_another_pack_or_on_another_host_is_another_provider() {
    Provider otherPack = aProvider("p-2", "h-1", "eu-core", "deepseek");
    Provider otherHost = aProvider("p-3", "h-2", "cn-core", "deepseek");

    providers.save(DEEPSEEK);
    providers.save(otherPack);
    providers.save(otherHost);

    assertThat(providers.list()).hasSize(3);
  }

  @Test
  void providers_are_listed_by_host_then_pack_then_name() {
    providers.save(aProvider("p-1", "h-2", "cn-core", "deepseek"));
    providers.save(aProvider("p-2", "h-1", "eu-core", "aleph"));
    providers.save(aProvider("p-3", "h-1", "cn-core", "zhipu"));
    providers.save(aProvider("p-4", "h-1", "cn-core", "deepseek"));

    var listed = providers.list();

    assertThat(listed).extracting(p -> p.id().value()).containsExactly("p-4", "p-3", "p-2", "p-1");
  }

  @Test
  void the_providers_of_one_host_are_listed_by_pack_then_name() {
    providers.save(aProvider("p-1", "h-2", "cn-core", "deepseek"));
    providers.save(aProvider("p-2", "h-1", "eu-core", "aleph"));
    providers.save(aProvider("p-3", "h-1", "cn-core", "zhipu"));

    var onFirst = providers.listOnHost(new HostId("h-1"));

    assertThat(onFirst).extracting(p -> p.id().value()).containsExactly("p-3", "p-2");
  }

  @Test
  void an_empty_repository_lists_no_providers() {
    var all = providers.list();
    var onHost = providers.listOnHost(new HostId("h-1"));

    assertThat(all).isEmpty();
    assertThat(onHost).isEmpty();
  }

  /** DeepSeek with a group per mode, the channel 7, accounts of keys A and B and two batches. */
  private static Provider aProviderManagingEverything() {
    return DEEPSEEK
        .recordGroup(ImportMode.SUBSCRIPTION, 12, NOW)
        .recordGroup(ImportMode.SELF_SERVICE, 13, NOW)
        .recordChannel(7, NOW)
        .recordAccount(KEY_A, 101, NOW)
        .recordAccount(KEY_B, 102, NOW)
        .recordBatch(new BatchId("b-1"), DEEPSEEK.pack(), NOW)
        .recordBatch(new BatchId("b-2"), ref("cn-core@1.1.0"), LATER);
  }

  private static PackRef ref(String text) {
    return PackRef.parse("pack", text);
  }

  private static void assertSameProvider(Optional<Provider> actual, Provider expected) {
    assertThat(actual).isPresent();
    assertThat(actual.get()).usingRecursiveComparison().isEqualTo(expected);
  }
}
