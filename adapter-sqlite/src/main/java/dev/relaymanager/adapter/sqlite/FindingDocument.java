package dev.relaymanager.adapter.sqlite;

import java.util.List;

/**
 * One finding as stored in {@code reconcile_reports.findings}. Public only for Jackson; not part of
 * this module's API.
 *
 * @param reason why an unhealthy account is; empty for other findings
 * @param extraIds the copies of a duplicate; empty for other findings
 * @param diffs the changed fields; empty for other findings
 */
public record FindingDocument(
    String code,
    String kind,
    long hostObjectId,
    String name,
    String hint,
    String reason,
    List<Long> extraIds,
    List<Diff> diffs) {

  /** One changed field. */
  public record Diff(String field, String desired, String live) {}
}
