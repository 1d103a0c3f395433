package dev.relaymanager.adapter.sub2api.wire;

import java.math.BigDecimal;

/**
 * The body of {@code POST /api/v1/admin/users/:id/balance} (contract §9.1).
 *
 * @param balance the amount, > 0
 * @param operation {@code set}, {@code add} or {@code subtract}
 */
public record BalanceRequest(BigDecimal balance, String operation, String notes) {}
