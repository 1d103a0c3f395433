package dev.relaymanager.adapter.sub2api.wire;

import java.math.BigDecimal;
import java.util.List;

/**
 * The body of {@code POST /api/v1/admin/accounts} and {@code PUT /api/v1/admin/accounts/:id}
 * (contract §5.2, §5.3): full credentials, explicit priority, and the complete group bindings.
 *
 * @param type always {@code apikey} for the providers this manager imports
 * @param priority lower is preferred; sent explicitly because an omitted one becomes 0
 * @param groupIds replaces the account's bindings
 */
public record AccountRequest(
    String name,
    String notes,
    String platform,
    String type,
    AccountCredentials credentials,
    AccountExtra extra,
    int concurrency,
    int priority,
    BigDecimal rateMultiplier,
    List<Long> groupIds) {
  @Override
  public String toString() {
    return "AccountRequest[name=" + name + ", platform=" + platform + ", credentials=***]";
  }
}
