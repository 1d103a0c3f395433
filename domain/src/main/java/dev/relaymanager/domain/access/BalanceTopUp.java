package dev.relaymanager.domain.access;

import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.ProviderId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * What to add to a self-service user's balance so that it reaches the pack's {@code
 * initial_balance_usd}, with an {@code Idempotency-Key} derived from the provider, the user, the
 * target and the balance seen: a retry after a lost answer replays instead of paying twice, and a
 * later top-up (after spending) gets a new key.
 */
public record BalanceTopUp(BigDecimal amountUsd, IdempotencyKey key) {
  public BalanceTopUp {
    Objects.requireNonNull(amountUsd, "amountUsd");
    Objects.requireNonNull(key, "key");
    if (amountUsd.signum() <= 0) {
      throw new IllegalArgumentException("a top-up must be positive");
    }
  }

  /** The top-up that raises {@code user} to {@code targetUsd}, or empty when it is not below. */
  public static Optional<BalanceTopUp> toReach(
      LiveUser user, BigDecimal targetUsd, ProviderId provider) {
    if (user.balance().compareTo(targetUsd) >= 0) {
      return Optional.empty();
    }
    String seed =
        provider.value()
            + "/"
            + user.id()
            + "/"
            + targetUsd.stripTrailingZeros().toPlainString()
            + "/"
            + user.balance().stripTrailingZeros().toPlainString();
    return Optional.of(
        new BalanceTopUp(
            targetUsd.subtract(user.balance()), new IdempotencyKey("rm-balance-" + sha256(seed))));
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
