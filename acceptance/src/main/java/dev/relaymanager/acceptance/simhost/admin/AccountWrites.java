package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Account create and update with the host's binding and credentials rules (§5.2, §5.3). */
final class AccountWrites {
  private final SimState state;

  AccountWrites(SimState state) {
    this.state = state;
  }

  AccountRow create(Body body) {
    AccountRow a = new AccountRow();
    a.id = state.nextId();
    a.name = body.str("name");
    a.notes = body.str("notes");
    a.platform = body.str("platform");
    a.type = body.str("type");
    a.credentials = body.map("credentials");
    a.extra = body.present("extra") ? body.map("extra") : new LinkedHashMap<>();
    a.proxyId = body.lng("proxy_id");
    a.concurrency = intOr(body.lng("concurrency"), 0);
    a.priority = intOr(body.lng("priority"), 0);
    a.rateMultiplier = body.present("rate_multiplier") ? body.dbl("rate_multiplier") : 1.0;
    a.loadFactor = body.present("load_factor") ? body.lng("load_factor").intValue() : null;
    a.expiresAt = body.lng("expires_at");
    a.autoPauseOnExpired = !Boolean.FALSE.equals(body.bool("auto_pause_on_expired"));
    List<Long> groups = body.longList("group_ids");
    a.groupIds = groups == null || groups.isEmpty() ? defaultGroup(a.platform) : checked(a, groups);
    a.createdAt = state.now();
    a.updatedAt = a.createdAt;
    state.tables.accounts.add(a);
    return a;
  }

  void update(AccountRow a, Body body) {
    a.name = body.strOr("name", a.name);
    a.notes = body.strOr("notes", a.notes);
    a.type = body.strOr("type", a.type);
    a.platform = body.strOr("platform", a.platform);
    Map<String, Object> creds = body.map("credentials");
    if (creds != null && !creds.isEmpty()) {
      a.credentials = state.knobs.credentialsMerge ? merged(a.credentials, creds) : creds;
    }
    if (body.present("extra")) {
      a.extra = keepQuota(a.extra, body.map("extra"));
    }
    a.concurrency = intOr(body.lng("concurrency"), a.concurrency);
    a.priority = intOr(body.lng("priority"), a.priority);
    if (body.present("rate_multiplier")) {
      a.rateMultiplier = body.dbl("rate_multiplier");
    }
    a.status = body.strOr("status", a.status);
    if (body.present("schedulable")) {
      a.schedulable = body.bool("schedulable");
    }
    if (body.present("expires_at")) {
      a.expiresAt = body.lng("expires_at");
    }
    List<Long> groups = body.longList("group_ids");
    if (groups != null) {
      a.groupIds = checked(a, groups);
    }
    a.updatedAt = state.now();
  }

  /** Binds to the active {@code <platform>-default} group when no group is given. */
  private List<Long> defaultGroup(String platform) {
    List<Long> out = new ArrayList<>();
    state.tables.groups.stream()
        .filter(g -> !g.deleted() && "active".equals(g.status))
        .filter(g -> g.name.equals(platform + "-default"))
        .findFirst()
        .ifPresent(g -> out.add(g.id));
    return out;
  }

  private List<Long> checked(AccountRow a, List<Long> groupIds) {
    List<Long> out = new ArrayList<>();
    for (Long id : groupIds) {
      GroupRow g = state.group(id).orElseThrow(GroupRoutes::notFound);
      if (!g.platform.equals(a.platform)) {
        // The real service returns an unclassified error here, which the handler hides.
        throw SimError.internal();
      }
      if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** The newer-build merge: secrets sent empty or missing are kept; a null deletes a key. */
  private static Map<String, Object> merged(Map<String, Object> old, Map<String, Object> sent) {
    Map<String, Object> out = new LinkedHashMap<>(old);
    sent.forEach(
        (k, v) -> {
          boolean emptySecret = Views.secret(k) && (v == null || "".equals(v));
          if (v == null && !Views.secret(k)) {
            out.remove(k);
          } else if (!emptySecret) {
            out.put(k, v);
          }
        });
    return out;
  }

  private static Map<String, Object> keepQuota(Map<String, Object> old, Map<String, Object> sent) {
    Map<String, Object> out = new LinkedHashMap<>(sent == null ? Map.of() : sent);
    old.forEach(
        (k, v) -> {
          if (k.startsWith("quota_")) {
            out.putIfAbsent(k, v);
          }
        });
    return out;
  }

  private static int intOr(Long v, int def) {
    return v == null ? def : v.intValue();
  }
}
