package dev.relaymanager.adapter.http;

import dev.relaymanager.application.imports.ApplyImport;
import dev.relaymanager.application.imports.PreviewImport;
import java.util.List;

/**
 * The body of {@code POST /api/providers/preview} and {@code POST /api/providers/import}: what to
 * import and its upstream keys, as {@code keys} or {@code keys_text}. The keys are used in memory
 * only; {@link #toString()} never shows them.
 */
public record ImportRequest(
    String host,
    String pack,
    String provider,
    String mode,
    List<String> keys,
    String keysText,
    Integer parallelism,
    String onFailure) {

  /** The preview command; reports every problem of the request at once. */
  public PreviewImport.Command toPreviewCommand() {
    return PreviewImport.Command.parse(host, pack, provider, mode, KeysBody.text(keys, keysText));
  }

  /** The apply command; reports every problem of the request at once. */
  public ApplyImport.Command toApplyCommand() {
    return ApplyImport.Command.parse(
        host, pack, provider, mode, KeysBody.text(keys, keysText), parallelism, onFailure);
  }

  @Override
  public String toString() {
    return "ImportRequest[host=" + host + ", pack=" + pack + ", provider=" + provider + "]";
  }
}
