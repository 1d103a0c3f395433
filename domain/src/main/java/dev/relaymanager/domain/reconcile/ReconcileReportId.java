package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/** The manager's id of one stored reconcile report. */
public record ReconcileReportId(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public ReconcileReportId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw InvalidInputException.of("report_id", "must be 1-64 letters, digits, '-' or '_'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
