package dev.relaymanager.application.imports;

import static dev.relaymanager.application.imports.ImportWorld.KEY_A;
import static dev.relaymanager.application.imports.ImportWorld.KEY_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.relaymanager.domain.access.AccessClosure;
import dev.relaymanager.domain.access.AccessFixtures;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.port.InMemoryAccessClosureRepository;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class ImportListingsTest {
  private final ImportWorld world = new ImportWorld();
  private final InMemoryAccessClosureRepository closures = new InMemoryAccessClosureRepository();

  @Test
  void batches_are_listed_newest_first_and_filtered_by_host_and_provider() {
    ImportReport first = world.applyKeys(KEY_A);
    world.clock.advance(java.time.Duration.ofMinutes(1));
    ImportReport second = world.applyKeys(KEY_A, KEY_B);

    ListBatches list = new ListBatches(world.batches, world.hosts, world.providers);

    assertThat(list.execute(ListBatches.Command.parse(null, null)))
        .extracting(BatchSummary::id)
        .containsExactly(second.batchId(), first.batchId());
    assertThat(list.execute(ListBatches.Command.parse("prod", "prod/cn-core/deepseek")))
        .hasSize(2)
        .allSatisfy(b -> assertThat(b.host()).isEqualTo("prod"));
    assertThatThrownBy(() -> list.execute(ListBatches.Command.parse("nope", null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void a_batch_is_shown_with_its_key_results_and_writes() {
    ImportReport applied = world.applyKeys(KEY_A);

    ImportReport shown = new ShowBatch(world.batches, world.hosts).execute(applied.batchId());

    assertThat(shown).isEqualTo(applied);
    assertThat(shown.writes())
        .extracting(BatchObject::action)
        .containsExactly("create_group", "create_channel", "create_account");
  }

  @Test
  void providers_are_listed_per_host_and_shown_by_id_or_identity() {
    world.applyKeys(KEY_A);
    Provider provider = world.providers.list().get(0);
    ShowProvider show = new ShowProvider(world.providers, world.hosts, closures);

    ImportedProvider byId = show.execute(provider.id().value());
    ImportedProvider byIdentity = show.execute("prod/cn-core/deepseek");

    assertThat(byIdentity).isEqualTo(byId);
    assertThat(byId.groups()).containsKey("subscription");
    assertThat(byId.accounts()).hasSize(1);
    assertThat(new ListProviders(world.providers, world.hosts, closures).execute("prod"))
        .containsExactly(byId);
    assertThatThrownBy(() -> show.execute("prod/x")).hasMessageContaining("HOST/PACK/NAME");
  }

  @Test
  void a_provider_never_checked_shows_unknown_access_for_each_imported_mode() {
    world.applyKeys(KEY_A);
    Provider provider = world.providers.list().get(0);

    ProviderAccess access =
        new ShowProvider(world.providers, world.hosts, closures)
            .execute(provider.id().value())
            .access();

    assertThat(access.status()).isEqualTo("unknown");
    assertThat(access.modes())
        .containsExactly(new ProviderAccess.ModeAccess("subscription", "unknown", false, "", null));
  }

  @Test
  void a_checked_provider_shows_each_modes_last_check() {
    world.applyKeys(KEY_A);
    Provider provider = world.providers.list().get(0);
    closures.save(
        AccessClosure.start(provider.id())
            .record(AccessFixtures.aReadyCheck(ImportMode.SUBSCRIPTION))
            .record(AccessFixtures.aBrokenCheck(ImportMode.SELF_SERVICE)));

    ProviderAccess access =
        new ShowProvider(world.providers, world.hosts, closures)
            .execute("prod/cn-core/deepseek")
            .access();

    assertThat(access.status()).isEqualTo("subscription_ready");
    assertThat(access.modes())
        .extracting(ProviderAccess.ModeAccess::mode, ProviderAccess.ModeAccess::ready)
        .containsExactly(tuple("subscription", true), tuple("self_service", false));
    assertThat(access.modes().get(1).failureClass()).isNotEmpty();
    assertThat(access.modes().get(0).checkedAt()).isEqualTo(AccessFixtures.CHECKED_AT);
  }

  @Test
  void no_key_string_reaches_any_result_or_stored_state() {
    world.host().scriptTest(ImportWorld.fingerprint(KEY_B), FailedTests.quota());
    ImportReport report = world.applyKeys(KEY_A, KEY_B);
    ImportPreview preview =
        world
            .preview()
            .execute(
                PreviewImport.Command.parse(
                    "prod", "cn-core", "deepseek", "subscription", ImportWorld.lines(KEY_A)));

    StringBuilder everything = new StringBuilder();
    everything.append(report).append(preview).append(ImportWorld.command("cn-core", null, KEY_A));
    for (ImportBatch batch : world.batches.list()) {
      everything.append(batch.header()).append(batch.intents()).append(batch.keyResults());
    }
    world.providers.list().forEach(p -> everything.append(p).append(p.accountIds()));

    assertThat(everything.toString()).doesNotContain(KEY_A).doesNotContain(KEY_B);
    assertThat(everything.toString()).contains(ImportWorld.fingerprint(KEY_A).shortForm());
  }
}
