package dev.relaymanager.domain.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.host.HostId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcileReportTest {
  private static final ReconcileScope HOST = new ReconcileScope.ForHost(new HostId("h-1"));
  private static final Instant CHECKED = Instant.parse("2026-11-21T10:00:00Z");

  @Test
  void a_report_without_findings_is_in_sync_and_one_with_findings_drifted() {
    Finding orphan =
        new Finding.Orphaned(new HostObjectRef(HostObjectKind.GROUP, 40, "rm-x-self"), "prune");

    ReconcileReport drifted =
        ReconcileReport.of(new ReconcileReportId("r-2"), HOST, CHECKED, List.of(orphan));

    assertThat(ReconcileReport.of(new ReconcileReportId("r-1"), HOST, CHECKED, List.of()).result())
        .isEqualTo(ReconcileResult.IN_SYNC);
    assertThat(drifted.result().wireName()).isEqualTo("drifted");
    assertThat(drifted.findingsOf(Finding.Orphaned.class))
        .containsExactly((Finding.Orphaned) orphan);
  }
}
