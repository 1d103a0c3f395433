package dev.relaymanager.adapter.http;

import dev.relaymanager.application.reconcile.Repair;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.List;

/**
 * The body of the reconcile routes, all optional: {@code repair} and {@code prune} must be asked
 * for explicitly; {@code keys}/{@code keys_text} (with {@code repair} only) re-create missing
 * accounts; {@code dry_run} answers the plans and writes nothing. {@link #toString()} never shows
 * the keys.
 */
public record ReconcileRequest(
    Boolean repair, Boolean prune, List<String> keys, String keysText, Boolean dryRun) {

  /** A plain reconcile, for an empty body. */
  static ReconcileRequest empty() {
    return new ReconcileRequest(null, null, null, null, null);
  }

  /** The repair command over {@code --provider}/{@code --host} as the route names them. */
  Repair.Command toCommand(String provider, String host) {
    String text = KeysBody.text(keys, keysText);
    if (text != null && !isRepair()) {
      throw InvalidInputException.of("keys", "are read only with repair");
    }
    return Repair.Command.parse(provider, host, text);
  }

  boolean isRepair() {
    return Boolean.TRUE.equals(repair);
  }

  boolean isPrune() {
    return Boolean.TRUE.equals(prune);
  }

  boolean isDryRun() {
    return Boolean.TRUE.equals(dryRun);
  }

  @Override
  public String toString() {
    return "ReconcileRequest[repair=" + repair + ", prune=" + prune + ", dryRun=" + dryRun + "]";
  }
}
