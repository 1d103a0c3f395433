package dev.relaymanager.domain.pack;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The self-service mode's terms: the balance an ordinary user is given so that their key can pay
 * for requests from the standard group.
 */
public record SelfServiceSettings(BigDecimal initialBalanceUsd) {
  /** 5 USD: plenty for access checks, little enough to be harmless if a key leaks. */
  public static final SelfServiceSettings DEFAULT = new SelfServiceSettings(BigDecimal.valueOf(5));

  public SelfServiceSettings {
    Objects.requireNonNull(initialBalanceUsd, "initialBalanceUsd");
    initialBalanceUsd = Amounts.nonNegative("initial_balance_usd", initialBalanceUsd);
  }
}
