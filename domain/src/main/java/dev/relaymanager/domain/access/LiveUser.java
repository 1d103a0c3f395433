package dev.relaymanager.domain.access;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An ordinary user as the host returns it.
 *
 * @param status {@code active} or {@code disabled}
 * @param balance the balance in USD
 * @param allowedGroups the exclusive groups the user may bind keys to
 */
public record LiveUser(
    long id,
    String email,
    String status,
    BigDecimal balance,
    List<Long> allowedGroups,
    String notes) {
  public LiveUser {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(notes, "notes");
    allowedGroups = List.copyOf(allowedGroups);
  }
}
