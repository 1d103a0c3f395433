package dev.relaymanager.application.imports;

/**
 * Hears how an import advances, e.g. to draw a progress line. Calls are serialized, made from the
 * import's worker threads; a listener must return quickly and never throw.
 */
@FunctionalInterface
public interface ImportProgress {
  /** A listener that ignores everything. */
  ImportProgress NONE = counts -> {};

  /** The counts after an account was created or adopted, tested, or failed. */
  void advanced(ImportCounts counts);
}
