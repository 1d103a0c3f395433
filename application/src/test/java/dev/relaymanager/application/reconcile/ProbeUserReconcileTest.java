package dev.relaymanager.application.reconcile;

import static dev.relaymanager.application.reconcile.LifecycleWorld.KEY_A;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProbeUserReconcileTest {
  private final LifecycleWorld world = new LifecycleWorld().withProbeUser();

  @Test
  void a_host_reconcile_after_an_import_that_closed_access_reports_nothing_of_the_probe_user() {
    world.importKeys(KEY_A);

    ReconcileReportView report = world.reconcileHost();

    assertThat(world.users().keys()).hasSize(1);
    assertThat(report.findings()).isEmpty();
    assertThat(report.result()).isEqualTo("in_sync");
  }
}
