package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Req;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.function.Predicate;

/** The account list filters and order of {@code GET /admin/accounts} (findings §11). */
final class AccountList {
  private static final int SEARCH_MAX_BYTES = 100;
  private final SimState state;

  AccountList(SimState state) {
    this.state = state;
  }

  /** All filters of the query as one predicate; a bad {@code group} value is a 400. */
  Predicate<AccountRow> filter(Req req) {
    String search = search(req.query("search"));
    Predicate<AccountRow> group = group(req.query("group"));
    String status = req.query("status");
    return a ->
        !a.deleted()
            && GroupRoutes.matches(req.query("platform"), a.platform)
            && GroupRoutes.matches(req.query("type"), a.type)
            && (status == null || status.isEmpty() || hasStatus(a, status))
            && (search.isEmpty() || GroupRoutes.contains(a.name, search))
            && group.test(a);
  }

  /** {@code sort_by} (default {@code name}) and {@code sort_order} (default {@code asc}). */
  static Comparator<AccountRow> order(Req req) {
    Comparator<AccountRow> order =
        "id".equals(req.query("sort_by"))
            ? Comparator.comparingLong((AccountRow a) -> a.id)
            : Comparator.comparing((AccountRow a) -> a.name).thenComparingLong(a -> a.id);
    return "desc".equals(req.query("sort_order")) ? order.reversed() : order;
  }

  /** Trimmed and cut to 100 bytes, as the handler does. */
  static String search(String raw) {
    String s = raw == null ? "" : raw.trim();
    while (s.getBytes(StandardCharsets.UTF_8).length > SEARCH_MAX_BYTES) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static Predicate<AccountRow> group(String value) {
    if (value == null || value.isEmpty()) {
      return a -> true;
    }
    if ("ungrouped".equals(value)) {
      return a -> a.groupIds.isEmpty();
    }
    long id;
    try {
      id = Long.parseLong(value);
    } catch (NumberFormatException e) {
      id = -1;
    }
    if (id < 0) {
      throw SimError.app(400, "INVALID_GROUP_FILTER", "invalid group filter");
    }
    long wanted = id;
    return a -> wanted == 0 || a.groupIds.contains(wanted);
  }

  /** {@code active} means usable now; the pause states are derived, others compare status. */
  private boolean hasStatus(AccountRow a, String status) {
    boolean limited = state.inFuture(a.rateLimitResetAt);
    boolean paused = state.inFuture(a.tempUnschedulableUntil);
    switch (status) {
      case "active":
        return "active".equals(a.status) && a.schedulable && !limited && !paused;
      case "rate_limited":
        return limited;
      case "temp_unschedulable":
        return paused;
      case "unschedulable":
        return !a.schedulable;
      default:
        return status.equals(a.status);
    }
  }
}
