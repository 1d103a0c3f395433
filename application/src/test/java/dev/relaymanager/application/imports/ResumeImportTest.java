package dev.relaymanager.application.imports;

import static dev.relaymanager.application.imports.ImportWorld.KEY_A;
import static dev.relaymanager.application.imports.ImportWorld.KEY_B;
import static dev.relaymanager.application.imports.ImportWorld.NOW;
import static dev.relaymanager.application.imports.ImportWorld.fingerprint;
import static dev.relaymanager.application.imports.ImportWorld.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.batch.IntentKind;
import dev.relaymanager.domain.provider.Blueprint;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeImportTest {
  private static final BatchId CRASHED = new BatchId("b-crashed");

  private final ImportWorld world = new ImportWorld();

  @Test
  void resume_adopts_the_account_created_before_the_crash_and_finishes_without_duplicates() {
    leftBehindWhileCreatingTheAccountOfKeyB(NOW.minus(Duration.ofMinutes(10)));

    ImportReport report = resume(lines(KEY_A, KEY_B));

    assertThat(report.status()).isEqualTo("succeeded");
    assertThat(world.objects().accounts()).hasSize(2);
    assertThat(report.keys())
        .extracting(KeyReport::fingerprint, KeyReport::outcome)
        .containsExactly(
            tuple(fingerprint(KEY_A).shortForm(), "adopted"),
            tuple(fingerprint(KEY_B).shortForm(), "created"));
    assertThat(world.batches.find(CRASHED).orElseThrow().pendingIntents()).isEmpty();
  }

  @Test
  void resume_redoes_a_create_that_never_reached_the_host() {
    world.applyKeys(KEY_A);
    ImportBatch batch =
        world.aBatchLeftBehind(CRASHED.value(), "dead", NOW.minusSeconds(600), KEY_B);
    world.batches.add(
        batch.recordAccountIntent(
            IntentKind.CREATE_ACCOUNT,
            accountName(KEY_B),
            fingerprint(KEY_B),
            NOW.minusSeconds(590)));

    ImportReport report = resume(lines(KEY_B));

    assertThat(report.status()).isEqualTo("succeeded");
    assertThat(report.keys().get(0).outcome()).isEqualTo("created");
    assertThat(world.objects().accounts()).hasSize(2);
  }

  @Test
  void resume_is_refused_while_the_lease_is_alive_and_takes_it_over_once_expired() {
    leftBehindWhileCreatingTheAccountOfKeyB(NOW);

    assertThatThrownBy(() -> resume(lines(KEY_A, KEY_B)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("held by dead-worker");
    world.clock.advance(Duration.ofMinutes(3));
    ImportReport report = resume(lines(KEY_A, KEY_B));

    assertThat(report.status()).isEqualTo("succeeded");
    assertThat(world.batches.find(CRASHED).orElseThrow().lease().owner()).isEqualTo("worker-2");
  }

  @Test
  void a_new_apply_while_a_batch_was_interrupted_points_to_resume() {
    leftBehindWhileCreatingTheAccountOfKeyB(NOW.minus(Duration.ofMinutes(10)));

    assertThatThrownBy(() -> world.applyKeys(KEY_A, KEY_B))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("import resume b-crashed");
  }

  @Test
  void resume_needs_the_keys_still_to_import() {
    leftBehindWhileCreatingTheAccountOfKeyB(NOW.minus(Duration.ofMinutes(10)));

    assertThatThrownBy(() -> resume(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(fingerprint(KEY_B).shortForm());
    assertThat(world.batches.find(CRASHED).orElseThrow().lease().owner()).isEqualTo("dead-worker");
  }

  @Test
  void resuming_a_finished_batch_says_so_without_writing() {
    ImportReport applied = world.applyKeys(KEY_A);
    ImportBatch before = world.batches.find(new BatchId(applied.batchId())).orElseThrow();

    ImportReport report =
        world
            .resume("worker-2")
            .execute(
                ResumeImport.Command.parse(applied.batchId(), null, null, null),
                ImportProgress.NONE);

    assertThat(report.note()).contains("nothing to resume");
    assertThat(report.status()).isEqualTo("succeeded");
    assertThat(world.batches.find(before.id()).orElseThrow()).isSameAs(before);
  }

  private ImportReport resume(String keysText) {
    return world
        .resume("worker-2")
        .execute(
            ResumeImport.Command.parse(CRASHED.value(), keysText, null, null), ImportProgress.NONE);
  }

  // Key A was imported before; a later batch of A and B died right after the host created B's
  // account, before the intent was settled.
  private void leftBehindWhileCreatingTheAccountOfKeyB(Instant startedAt) {
    world.applyKeys(KEY_A);
    long group = world.objects().groups().get(0).id();
    Blueprint blueprint = world.blueprint(CRASHED);
    ImportBatch batch =
        world.aBatchLeftBehind(CRASHED.value(), "dead-worker", startedAt, KEY_A, KEY_B);
    world.batches.add(
        batch.recordAccountIntent(
            IntentKind.CREATE_ACCOUNT, accountName(KEY_B), fingerprint(KEY_B), startedAt));
    world
        .host()
        .createAccount(
            blueprint.account(Secret.of(KEY_B), List.of(group)),
            blueprint.idempotencyKey(fingerprint(KEY_B)));
  }

  private String accountName(String key) {
    return world.blueprint(CRASHED).names().account(fingerprint(key));
  }
}
