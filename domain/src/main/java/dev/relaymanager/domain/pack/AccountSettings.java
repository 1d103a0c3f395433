package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How each upstream account of a provider is created on the host (contract §5.2).
 *
 * @param concurrency concurrent requests per account; 0 means unlimited on the host
 * @param priority scheduling priority, lower is preferred; always sent because the host stores 0
 *     when it is omitted
 * @param rateMultiplier multiplies the cost billed for this account's traffic; above 0
 */
public record AccountSettings(int concurrency, int priority, BigDecimal rateMultiplier) {
  /** 10 concurrent requests, the host schema's priority 50, cost billed at list price. */
  public static final AccountSettings DEFAULT = new AccountSettings(10, 50, BigDecimal.ONE);

  public AccountSettings {
    Objects.requireNonNull(rateMultiplier, "rateMultiplier");
    if (concurrency < 0) {
      throw InvalidInputException.of("concurrency", "must be >= 0");
    }
    if (priority < 0) {
      throw InvalidInputException.of("priority", "must be >= 0");
    }
    rateMultiplier = Amounts.positive("rate_multiplier", rateMultiplier);
  }
}
