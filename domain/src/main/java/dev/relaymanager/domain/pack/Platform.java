package dev.relaymanager.domain.pack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The host platform of a provider's accounts, group and channel pricing (contract §4). {@code
 * openai} works on every host; the native CN platforms only where the host reports them. There is
 * no {@code qwen} platform.
 */
public enum Platform {
  OPENAI,
  ANTHROPIC,
  GEMINI,
  DEEPSEEK,
  KIMI,
  ZHIPU,
  MINIMAX;

  /** The platform used when a provider names none: the portable one. */
  public static final Platform DEFAULT = OPENAI;

  /** The value the host expects, e.g. {@code openai}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The platform whose wire name is {@code text}, or empty. */
  public static Optional<Platform> fromWireName(String text) {
    return Arrays.stream(values()).filter(p -> p.wireName().equals(text)).findFirst();
  }

  /** True for the platforms added for Chinese providers, which older hosts lack. */
  public boolean isNativeCn() {
    return this == DEEPSEEK || this == KIMI || this == ZHIPU || this == MINIMAX;
  }
}
