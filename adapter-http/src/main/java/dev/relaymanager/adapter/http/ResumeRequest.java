package dev.relaymanager.adapter.http;

import dev.relaymanager.application.imports.ResumeImport;
import java.util.List;

/**
 * The body of {@code POST /api/import-batches/{id}/resume}, all optional: the batch's keys still to
 * import ({@code keys} or {@code keys_text}) and the run's options. {@link #toString()} never shows
 * the keys.
 */
public record ResumeRequest(
    List<String> keys, String keysText, Integer parallelism, String onFailure) {

  /** No keys and the default options, for an empty body. */
  static ResumeRequest empty() {
    return new ResumeRequest(null, null, null, null);
  }

  /** The resume command of the batch {@code batchId}; reports every problem at once. */
  public ResumeImport.Command toCommand(String batchId) {
    return ResumeImport.Command.parse(
        batchId, KeysBody.text(keys, keysText), parallelism, onFailure);
  }

  @Override
  public String toString() {
    return "ResumeRequest[parallelism=" + parallelism + ", onFailure=" + onFailure + "]";
  }
}
