package dev.relaymanager.adapter.cli;

import dev.relaymanager.application.imports.ApplyImport;
import dev.relaymanager.application.imports.ListBatches;
import dev.relaymanager.application.imports.ListProviders;
import dev.relaymanager.application.imports.PreviewImport;
import dev.relaymanager.application.imports.ResumeImport;
import dev.relaymanager.application.imports.ShowBatch;
import dev.relaymanager.application.imports.ShowProvider;
import java.util.Objects;

/** The import, batch and provider use cases the commands call, all over one state file. */
public record Imports(
    PreviewImport preview,
    ApplyImport apply,
    ResumeImport resume,
    ListBatches listBatches,
    ShowBatch showBatch,
    ListProviders listProviders,
    ShowProvider showProvider) {
  public Imports {
    Objects.requireNonNull(preview, "preview");
    Objects.requireNonNull(apply, "apply");
    Objects.requireNonNull(resume, "resume");
    Objects.requireNonNull(listBatches, "listBatches");
    Objects.requireNonNull(showBatch, "showBatch");
    Objects.requireNonNull(listProviders, "listProviders");
    Objects.requireNonNull(showProvider, "showProvider");
  }
}
