package dev.relaymanager.domain.pack;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscription spending limit: a positive USD amount or unlimited. Zero does not exist here
 * because hosts disagree on what it means (contract §7.2).
 */
public sealed interface UsdLimit {
  /** The pack's word for no limit. */
  String UNLIMITED_WORD = "unlimited";

  /** The limit in USD, or empty when unlimited (the host is then sent {@code null}). */
  Optional<BigDecimal> usd();

  /** How the limit is written in a pack: a number, or {@code unlimited}. */
  String text();

  /** The one unlimited value. */
  static UsdLimit unlimited() {
    return new Unlimited();
  }

  /** A limit of {@code usd} dollars; must be above 0. */
  static UsdLimit of(BigDecimal usd) {
    return new Capped(usd);
  }

  /** No limit. */
  record Unlimited() implements UsdLimit {
    @Override
    public Optional<BigDecimal> usd() {
      return Optional.empty();
    }

    @Override
    public String text() {
      return UNLIMITED_WORD;
    }
  }

  /** A positive limit in USD. */
  record Capped(BigDecimal amount) implements UsdLimit {
    public Capped {
      Objects.requireNonNull(amount, "amount");
      amount = Amounts.positive("limit", amount);
    }

    @Override
    public Optional<BigDecimal> usd() {
      return Optional.of(amount);
    }

    @Override
    public String text() {
      return amount.toPlainString();
    }
  }
}
