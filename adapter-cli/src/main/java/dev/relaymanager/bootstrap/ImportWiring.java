package dev.relaymanager.bootstrap;

import dev.relaymanager.application.host.HostSessions;
import dev.relaymanager.application.imports.ApplyImport;
import dev.relaymanager.application.imports.ImportAccess;
import dev.relaymanager.application.imports.ImportTargets;
import dev.relaymanager.application.imports.LeaseOwner;
import dev.relaymanager.application.imports.ListBatches;
import dev.relaymanager.application.imports.ListProviders;
import dev.relaymanager.application.imports.PreviewImport;
import dev.relaymanager.application.imports.ResumeImport;
import dev.relaymanager.application.imports.ShowBatch;
import dev.relaymanager.application.imports.ShowProvider;
import dev.relaymanager.domain.port.AccessClosureRepository;
import dev.relaymanager.domain.port.HostRepository;
import dev.relaymanager.domain.port.IdGenerator;
import dev.relaymanager.domain.port.ImportBatchRepository;
import dev.relaymanager.domain.port.PackRepository;
import dev.relaymanager.domain.port.ProviderRepository;
import java.time.Clock;

/** The import, batch and provider use cases over one set of repositories and one lease owner. */
public record ImportWiring(
    PreviewImport preview,
    ApplyImport apply,
    ResumeImport resume,
    ListBatches listBatches,
    ShowBatch showBatch,
    ListProviders listProviders,
    ShowProvider showProvider) {

  /** The repositories and services every import use case is built from. */
  record Parts(
      HostRepository hosts,
      PackRepository packs,
      ProviderRepository providers,
      ImportBatchRepository batches,
      AccessClosureRepository closures,
      HostSessions sessions,
      IdGenerator ids,
      LeaseOwner owner,
      Clock clock) {}

  /** The import use cases; apply and resume run {@code access} after the accounts. */
  static ImportWiring of(Parts p, ImportAccess access) {
    ImportTargets targets =
        new ImportTargets(p.hosts(), p.packs(), p.providers(), p.sessions(), p.ids(), p.clock());
    return new ImportWiring(
        new PreviewImport(targets),
        new ApplyImport(targets, p.batches(), p.providers(), p.ids(), p.owner(), p.clock(), access),
        new ResumeImport(
            targets, p.batches(), p.providers(), p.hosts(), p.owner(), p.clock(), access),
        new ListBatches(p.batches(), p.hosts(), p.providers()),
        new ShowBatch(p.batches(), p.hosts()),
        new ListProviders(p.providers(), p.hosts(), p.closures()),
        new ShowProvider(p.providers(), p.hosts(), p.closures()));
  }
}
