package dev.relaymanager.application.imports;

import dev.relaymanager.application.host.HostLookup;
import dev.relaymanager.domain.batch.ImportBatch;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.HostName;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import dev.relaymanager.domain.shared.Violations;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Lists import batches, newest first, optionally of one host or one provider. */
public final class ListBatches {
  private final ImportBatchRepository batches;
  private final HostLookup hosts;
  private final HostNames hostNames;
  private final ProviderLookup providers;

  public ListBatches(
      ImportBatchRepository batches, HostRepository hosts, ProviderRepository providers) {
    this.batches = Objects.requireNonNull(batches, "batches");
    this.hosts = new HostLookup(hosts);
    this.hostNames = new HostNames(hosts);
    this.providers = new ProviderLookup(hosts, providers);
  }

  /**
   * The filters; each is empty for "any".
   *
   * @param provider a provider id or HOST/PACK/NAME
   */
  public record Command(String host, String provider) {
    public Command {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(provider, "provider");
    }

    /** Builds a command from raw operator input; null means no filter. */
    public static Command parse(String host, String provider) {
      Violations violations = new Violations();
      if (host != null) {
        violations.check(() -> new HostName(host));
      }
      violations.throwIfAny();
      return new Command(host == null ? "" : host, provider == null ? "" : provider);
    }
  }

  /**
   * The batches that pass the filters.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if the host or provider is unknown
   */
  public List<BatchSummary> execute(Command command) {
    List<ImportBatch> found =
        command.provider().isEmpty()
            ? batches.list()
            : batches.listForProvider(providers.byReference(command.provider()).id());
    if (!command.host().isEmpty()) {
      HostId host = hosts.byName(command.host()).id();
      found =
          found.stream().filter(b -> b.header().hostId().equals(host)).collect(Collectors.toList());
    }
    return found.stream()
        .map(b -> BatchSummary.of(b, hostNames.of(b.header().hostId())))
        .collect(Collectors.toList());
  }
}
