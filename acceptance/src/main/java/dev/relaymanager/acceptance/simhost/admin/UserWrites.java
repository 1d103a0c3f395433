package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.http.Body;
import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.state.UserRow;
import java.util.ArrayList;
import java.util.Map;

/** User create/update, default settings and balance operations (contract §9.1). */
final class UserWrites {
  private final SimState state;
  private final SubscriptionWrites subscriptions;

  UserWrites(SimState state) {
    this.state = state;
    this.subscriptions = new SubscriptionWrites(state);
  }

  UserRow create(Body body, long adminId) {
    requireFreeEmail(body.str("email"), -1);
    UserRow u = new UserRow();
    u.id = state.nextId();
    u.email = body.str("email");
    u.password = body.str("password");
    u.username = body.strOr("username", "");
    u.notes = body.strOr("notes", "");
    Double balance = body.dbl("balance");
    u.balance = balance != null && balance > 0 ? balance : state.settings.defaultBalance;
    Long concurrency = body.lng("concurrency");
    u.concurrency =
        concurrency != null ? concurrency.intValue() : state.settings.defaultConcurrency;
    u.rpmLimit = body.present("rpm_limit") ? body.lng("rpm_limit").intValue() : null;
    u.allowedGroups =
        body.present("allowed_groups") ? body.longList("allowed_groups") : u.allowedGroups;
    u.createdAt = state.now();
    u.updatedAt = u.createdAt;
    state.tables.users.add(u);
    applyDefaultSubscriptions(u, adminId);
    return u;
  }

  private void applyDefaultSubscriptions(UserRow u, long adminId) {
    for (Map<String, Object> d : new ArrayList<>(state.settings.defaultSubscriptions)) {
      if (!(d.get("group_id") instanceof Number gid)) {
        continue;
      }
      Object days = d.get("validity_days");
      int validity = days instanceof Number n ? n.intValue() : 30;
      try {
        subscriptions.assign(u.id, gid.longValue(), validity, "default subscription", adminId);
      } catch (SimError e) {
        // A default pointing at a missing or non-subscription group is skipped, as the host does.
      }
    }
  }

  void update(UserRow u, Body body) {
    if (body.present("email") && !body.str("email").equals(u.email)) {
      requireFreeEmail(body.str("email"), u.id);
      u.email = body.str("email");
    }
    u.password = body.strOr("password", u.password);
    u.username = body.strOr("username", u.username);
    u.notes = body.strOr("notes", u.notes);
    u.status = body.strOr("status", u.status);
    if (body.present("concurrency")) {
      u.concurrency = body.lng("concurrency").intValue();
    }
    if (body.present("allowed_groups")) {
      u.allowedGroups = body.longList("allowed_groups");
    }
    u.updatedAt = state.now();
  }

  void balance(UserRow u, double amount, String operation) {
    double next;
    if ("set".equals(operation)) {
      next = amount;
    } else if ("add".equals(operation)) {
      next = u.balance + amount;
    } else {
      next = u.balance - amount;
    }
    if (next < 0) {
      throw SimError.internal();
    }
    u.balance = next;
    u.updatedAt = state.now();
  }

  private void requireFreeEmail(String email, long self) {
    boolean taken =
        state.tables.users.stream()
            .anyMatch(u -> !u.deleted() && u.id != self && u.email.equalsIgnoreCase(email));
    if (taken) {
      throw SimError.app(409, "EMAIL_EXISTS", "email already exists");
    }
  }
}
