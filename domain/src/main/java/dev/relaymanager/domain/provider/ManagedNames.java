package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The deterministic names of one provider's objects on one host (PRODUCT §5): a stem {@code
 * <prefix><pack>-<provider>} (e.g. {@code rm-cn-core-deepseek}) names the channel, the stem plus
 * the mode names a group ({@code rm-cn-core-deepseek-sub}), the stem plus the short key fingerprint
 * names an account ({@code rm-cn-core-deepseek-3f2a9c1b0d4e}). Every name fits the host's 100
 * characters: a stem that would not leave room is cut and ends in a hash of the pack and provider
 * names instead. The pack version is not part of a name, so a newer pack version finds the objects
 * of an older one. Two pairs can spell the same stem ({@code cn}/{@code core-x} and {@code
 * cn-core}/{@code x}); the marker tells them apart, and objects with another pair's marker are
 * never adopted.
 */
public record ManagedNames(ResourcePrefix prefix, PackName pack, ProviderName provider) {
  /** The longest name the host accepts for groups and channels (account search cuts there too). */
  public static final int MAX_NAME = 100;

  private static final int SHORT_FINGERPRINT = 12;
  private static final int MAX_STEM = MAX_NAME - 1 - SHORT_FINGERPRINT;
  private static final int HASH_LENGTH = 8;
  private static final Pattern SHORT_HEX = Pattern.compile("[0-9a-f]{" + SHORT_FINGERPRINT + "}");

  public ManagedNames {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(provider, "provider");
  }

  /** The common start of every name of this provider; also the channel's name. */
  public String stem() {
    String full = prefix.value() + pack.value() + "-" + provider.value();
    if (full.length() <= MAX_STEM) {
      return full;
    }
    String cut = full.substring(0, MAX_STEM - 1 - HASH_LENGTH);
    while (cut.endsWith("-")) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "-" + hash(pack.value() + "/" + provider.value());
  }

  /** The group serving {@code mode}: the stem plus {@code -sub} or {@code -self}. */
  public String group(ImportMode mode) {
    return stem() + (mode == ImportMode.SUBSCRIPTION ? "-sub" : "-self");
  }

  /** The provider's one channel, shared by the groups of both modes. */
  public String channel() {
    return stem();
  }

  /** The account holding the key with {@code fingerprint}. */
  public String account(KeyFingerprint fingerprint) {
    return stem() + "-" + fingerprint.shortForm();
  }

  /**
   * The short fingerprint (12 hex digits) in an account name of this provider, or empty when {@code
   * name} is not exactly such a name (a longer or otherwise similar name is not ours).
   */
  public Optional<String> shortFingerprintOf(String name) {
    String start = stem() + "-";
    if (!name.startsWith(start)) {
      return Optional.empty();
    }
    String rest = name.substring(start.length());
    return SHORT_HEX.matcher(rest).matches() ? Optional.of(rest) : Optional.empty();
  }

  /** Whether {@code name} starts with the host's prefix: the only names the manager may touch. */
  public static boolean bearsPrefix(ResourcePrefix prefix, String name) {
    return name.startsWith(prefix.value());
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
