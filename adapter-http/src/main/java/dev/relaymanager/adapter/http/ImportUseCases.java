package dev.relaymanager.adapter.http;

import dev.relaymanager.application.imports.ApplyImport;
import dev.relaymanager.application.imports.ListBatches;
import dev.relaymanager.application.imports.ListProviders;
import dev.relaymanager.application.imports.PreviewImport;
import dev.relaymanager.application.imports.ResumeImport;
import dev.relaymanager.application.imports.ShowBatch;
import dev.relaymanager.application.imports.ShowProvider;
import java.util.Objects;

/** The use cases that the {@code /api/providers} and {@code /api/import-batches} routes call. */
public record ImportUseCases(
    PreviewImport preview,
    ApplyImport apply,
    ResumeImport resume,
    ListBatches listBatches,
    ShowBatch showBatch,
    ListProviders listProviders,
    ShowProvider showProvider) {
  public ImportUseCases {
    Objects.requireNonNull(preview, "preview");
    Objects.requireNonNull(apply, "apply");
    Objects.requireNonNull(resume, "resume");
    Objects.requireNonNull(listBatches, "listBatches");
    Objects.requireNonNull(showBatch, "showBatch");
    Objects.requireNonNull(listProviders, "listProviders");
    Objects.requireNonNull(showProvider, "showProvider");
  }
}
