package dev.relaymanager.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.provider.ProviderId;
import dev.relaymanager.domain.reconcile.Finding;
import dev.relaymanager.domain.reconcile.ReconcileReport;
import dev.relaymanager.domain.reconcile.ReconcileReportId;
import dev.relaymanager.domain.reconcile.ReconcileScope;
import dev.relaymanager.domain.shared.ConflictException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReconcileReportRepository} must do; the fake and each real adapter extend it.
 */
public abstract class ReconcileReportRepositoryContract {
  private static final HostId HOST = new HostId("h-1");
  private static final ReconcileScope PROVIDER =
      new ReconcileScope.ForProvider(HOST, new ProviderId("p-1"));
  private static final Instant FIRST = Instant.parse("2026-11-21T10:00:00Z");

  private ReconcileReportRepository reports;

  /** A new, empty repository for one test. */
  protected abstract ReconcileReportRepository newRepository();

  @BeforeEach
  final void createRepository() {
    reports = newRepository();
  }

  @Test
  void a_saved_report_is_found_with_every_finding() {
    ReconcileReport report = aDriftedReport("r-1", PROVIDER, FIRST);

    reports.save(report);

    ReconcileReport found = reports.find(report.id()).orElseThrow();
    assertThat(found.findings()).isEqualTo(report.findings());
    assertThat(found.scope()).isEqualTo(PROVIDER);
    assertThat(found.checkedAt()).isEqualTo(FIRST);
  }

  @Test
  void reports_are_listed_by_exact_scope_newest_first() {
    reports.save(aDriftedReport("r-1", PROVIDER, FIRST));
    reports.save(aDriftedReport("r-2", PROVIDER, FIRST.plusSeconds(60)));
    reports.save(aDriftedReport("r-3", new ReconcileScope.ForHost(HOST), FIRST.plusSeconds(90)));

    List<ReconcileReport> listed = reports.listFor(PROVIDER);

    assertThat(listed).extracting(r -> r.id().value()).containsExactly("r-2", "r-1");
    assertThat(reports.latestFor(PROVIDER)).get().extracting(r -> r.id().value()).isEqualTo("r-2");
    assertThat(reports.find(new ReconcileReportId("none"))).isEmpty();
  }

  @Test
  void a_second_report_with_the_same_id_is_a_conflict() {
    reports.save(aDriftedReport("r-1", PROVIDER, FIRST));

    var refusal = assertThatThrownBy(() -> reports.save(aDriftedReport("r-1", PROVIDER, FIRST)));

    refusal.isInstanceOf(ConflictException.class);
  }

  private static ReconcileReport aDriftedReport(String id, ReconcileScope scope, Instant at) {
    HostObjectRef group = new HostObjectRef(HostObjectKind.GROUP, 12, "rm-cn-core-deepseek-sub");
    List<Finding> findings =
        List.of(
            new Finding.Changed(
                group, List.of(new FieldDiff("daily_limit_usd", "5", "20")), "repair"),
            new Finding.Missing(
                new HostObjectRef(HostObjectKind.ACCOUNT, 101, "rm-cn-core-deepseek-aaa"), "key"));
    return ReconcileReport.of(new ReconcileReportId(id), scope, at, findings);
  }
}
