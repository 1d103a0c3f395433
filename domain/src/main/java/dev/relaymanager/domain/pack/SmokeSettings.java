package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;

/**
 * How the provider is smoke-tested with a minimal completion.
 *
 * @param maxTokens the completion budget; reasoning models spend it on thinking first, so it must
 *     be generous
 */
public record SmokeSettings(int maxTokens) {
  /** The smallest budget that reliably leaves room for an answer after default reasoning. */
  public static final int RECOMMENDED_MIN_TOKENS = 1024;

  /** The largest budget accepted. */
  public static final int MAX_TOKENS = 131_072;

  /** {@value #RECOMMENDED_MIN_TOKENS} tokens, because current flagships reason by default. */
  public static final SmokeSettings DEFAULT = new SmokeSettings(RECOMMENDED_MIN_TOKENS);

  public SmokeSettings {
    if (maxTokens < 1 || maxTokens > MAX_TOKENS) {
      throw InvalidInputException.of("max_tokens", "must be between 1 and " + MAX_TOKENS);
    }
  }
}
