package dev.relaymanager.application.reconcile;

import dev.relaymanager.application.host.HostLookup;
import dev.relaymanager.application.imports.ProviderLookup;
import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.port.ReconcileReportRepository;
import dev.relaymanager.domain.provider.Provider;
import dev.relaymanager.domain.reconcile.ReconcileReport;
import dev.relaymanager.domain.reconcile.ReconcileScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Lists stored reconcile reports, newest check first: of one provider, of a host (its own and its
 * providers'), or of every host.
 */
public final class ListReconcileReports {
  private final HostRepository hosts;
  private final HostLookup hostLookup;
  private final ProviderLookup providerLookup;
  private final ProviderRepository providers;
  private final ReconcileReportRepository reports;
  private final ReportViews views;

  public ListReconcileReports(
      ReconcileReportRepository reports, HostRepository hosts, ProviderRepository providers) {
    this.reports = Objects.requireNonNull(reports, "reports");
    this.hosts = Objects.requireNonNull(hosts, "hosts");
    this.providers = Objects.requireNonNull(providers, "providers");
    this.hostLookup = new HostLookup(hosts);
    this.providerLookup = new ProviderLookup(hosts, providers);
    this.views = new ReportViews(hosts);
  }

  /**
   * A filter: a host name, a provider (id or HOST/PACK/NAME), both or neither (null when not
   * given).
   */
  public record Command(String host, String provider) {
    /** Blank values count as not given. */
    public static Command parse(String host, String provider) {
      return new Command(blankToNull(host), blankToNull(provider));
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  /**
   * The reports the filter selects; empty when none.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the host or provider is unknown
   */
  public List<ReconcileReportView> execute(Command command) {
    List<ReconcileScope> scopes = scopes(command);
    List<ReconcileReport> found = new ArrayList<>();
    scopes.forEach(s -> found.addAll(reports.listFor(s)));
    found.sort(Comparator.comparing(ReconcileReport::checkedAt).reversed());
    return found.stream().map(views::of).toList();
  }

  private List<ReconcileScope> scopes(Command command) {
    if (command.provider() != null) {
      Provider provider = providerLookup.byReference(command.provider());
      boolean elsewhere =
          command.host() != null
              && !hostLookup.byName(command.host()).id().equals(provider.hostId());
      return elsewhere
          ? List.of()
          : List.of(new ReconcileScope.ForProvider(provider.hostId(), provider.id()));
    }
    List<Host> selected =
        command.host() != null ? List.of(hostLookup.byName(command.host())) : hosts.list();
    return selected.stream().flatMap(this::scopesOf).toList();
  }

  private Stream<ReconcileScope> scopesOf(Host host) {
    return Stream.concat(
        Stream.of(new ReconcileScope.ForHost(host.id())),
        providers.listOnHost(host.id()).stream()
            .map(p -> new ReconcileScope.ForProvider(host.id(), p.id())));
  }
}
