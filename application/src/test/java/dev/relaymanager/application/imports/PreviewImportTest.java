package dev.relaymanager.application.imports;

import static dev.relaymanager.application.imports.ImportWorld.KEY_A;
import static dev.relaymanager.application.imports.ImportWorld.KEY_B;
import static dev.relaymanager.application.imports.ImportWorld.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.host.HostInspection;
import dev.relaymanager.domain.pack.InstalledPack;
import dev.relaymanager.domain.pack.InstalledPackFixtures;
import dev.relaymanager.domain.pack.PriceComponent;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreviewImportTest {
  private final ImportWorld world = new ImportWorld();

  @Test
  void a_fresh_host_previews_creates_and_nothing_is_written() {
    ImportPreview preview = preview("cn-core", lines(KEY_A, KEY_B, KEY_A));

    assertThat(preview.verdict()).isEqualTo("ready");
    assertThat(preview.providerId()).isNull();
    assertThat(preview.changes())
        .extracting(PlannedChange::object, PlannedChange::action)
        .containsExactly(
            tuple("group", "create"),
            tuple("channel", "create"),
            tuple("account", "create"),
            tuple("account", "create"));
    assertThat(preview.warnings()).anyMatch(w -> w.contains("counted once"));
    assertThat(world.objects().groups()).isEmpty();
    assertThat(world.objects().channels()).isEmpty();
    assertThat(world.objects().accounts()).isEmpty();
    assertThat(world.providers.list()).isEmpty();
    assertThat(world.batches.list()).isEmpty();
  }

  @Test
  void after_an_apply_the_same_import_is_in_sync() {
    world.applyKeys(KEY_A, KEY_B);

    ImportPreview preview = preview("cn-core", lines(KEY_A, KEY_B));

    assertThat(preview.verdict()).isEqualTo("in_sync");
    assertThat(preview.changes()).extracting(PlannedChange::action).containsOnly("noop");
  }

  @Test
  void a_newer_pack_version_with_a_changed_price_updates_the_channel() {
    world.applyKeys(KEY_A);
    world.packs.add(
        new InstalledPack(
            InstalledPackFixtures.aRepricedPack("cn-core", "1.1.0"),
            "/srv/packs/cn-core.yaml",
            InstalledPackFixtures.INSTALLED_AT));

    ImportPreview preview = preview("cn-core", lines(KEY_A));
    ImportReport applied =
        world
            .apply("worker-1")
            .execute(ImportWorld.command("cn-core@1.1.0", null, KEY_A), ImportProgress.NONE);

    assertThat(preview.pack()).isEqualTo("cn-core@1.1.0");
    PlannedChange channel = preview.changes().get(1);
    assertThat(channel.action()).isEqualTo("update");
    assertThat(channel.diffs())
        .containsExactly(
            new PlannedChange.FieldChange(
                "model_pricing.deepseek-flash.input_price", "0.00000015", "0.00000099"));
    assertThat(applied.status()).isEqualTo("succeeded");
    assertThat(world.objects().channels().get(0).pricing())
        .anySatisfy(
            p ->
                assertThat(p.usdPerToken().get(PriceComponent.INPUT))
                    .isEqualByComparingTo(new BigDecimal("0.00000099")));
    assertThat(world.providers.list().get(0).pack().toString()).isEqualTo("cn-core@1.1.0");
  }

  @Test
  void a_host_without_subscriptions_previews_as_unsupported_with_the_problem() {
    HostCapabilities noSubscriptions =
        new HostCapabilities(true, false, false, true, Set.of("openai"), false, false, false);
    world.connector.answering(new HostInspection("0.1.100", noSubscriptions, Duration.ZERO));

    ImportPreview preview = preview("cn-core", lines(KEY_A));

    assertThat(preview.verdict()).isEqualTo("unsupported");
    assertThat(preview.capabilityProblems()).singleElement().asString().contains("self_service");
    assertThat(preview.changes()).isEmpty();
  }

  @Test
  void a_foreign_group_holding_our_name_blocks_the_import() {
    world
        .objects()
        .replaceGroup(
            new LiveGroup(
                7,
                "rm-cn-core-deepseek-sub",
                "made by hand",
                "openai",
                "subscription",
                BigDecimal.ONE,
                true,
                "active",
                Map.of()));

    ImportPreview preview = preview("cn-core", lines(KEY_A));

    assertThat(preview.verdict()).isEqualTo("blocked");
    assertThat(preview.blockers()).singleElement().asString().contains("carries no");
    assertThatThrownBy(() -> world.applyKeys(KEY_A)).isInstanceOf(ConflictException.class);
    assertThat(world.objects().accounts()).isEmpty();
    assertThat(world.batches.list()).isEmpty();
  }

  private ImportPreview preview(String pack, String keys) {
    return world
        .preview()
        .execute(PreviewImport.Command.parse("prod", pack, "deepseek", "subscription", keys));
  }
}
