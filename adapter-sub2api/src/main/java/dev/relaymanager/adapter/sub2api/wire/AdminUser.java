package dev.relaymanager.adapter.sub2api.wire;

import java.math.BigDecimal;
import java.util.List;

/**
 * A user as the admin API returns it (contract §9.1, AdminUser); extra fields are ignored.
 *
 * @param status {@code active} or {@code disabled}
 * @param allowedGroups the exclusive groups the user may bind keys to; null when the host omits it
 */
public record AdminUser(
    long id,
    String email,
    String username,
    String role,
    BigDecimal balance,
    String status,
    List<Long> allowedGroups,
    String notes) {}
