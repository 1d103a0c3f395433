package dev.relaymanager.domain.provider;

import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.PackRef;
import dev.relaymanager.domain.pack.ProviderName;
import dev.relaymanager.domain.shared.BatchId;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The note the manager writes into a host object's free-text field (account notes, group and
 * channel description): {@code [relay-manager] pack=cn-core@1.0.0 provider=deepseek batch=b-42
 * key=3f2a9c1b0d4e}. It names the batch that wrote it and, for accounts, the short key fingerprint;
 * never a key.
 *
 * @param keyShortForm the 12-hex short fingerprint for accounts, empty for groups and channels
 */
public record Marker(PackRef pack, ProviderName provider, BatchId batch, String keyShortForm) {
  /** The tag that starts every marker. */
  public static final String TAG = "[relay-manager]";

  private static final Pattern SHORT_HEX = Pattern.compile("([0-9a-f]{12})?");

  public Marker {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(keyShortForm, "keyShortForm");
    if (!SHORT_HEX.matcher(keyShortForm).matches()) {
      throw InvalidInputException.of("marker.key", "must be 12 lowercase hex digits or empty");
    }
  }

  /** The marker of a group or channel written by {@code batch}. */
  public static Marker of(PackRef pack, ProviderName provider, BatchId batch) {
    return new Marker(pack, provider, batch, "");
  }

  /** This marker for the account holding the key with {@code fingerprint}. */
  public Marker forKey(KeyFingerprint fingerprint) {
    return new Marker(pack, provider, batch, fingerprint.shortForm());
  }

  /** The short fingerprint of an account's key, or empty for groups and channels. */
  public Optional<String> key() {
    return keyShortForm.isEmpty() ? Optional.empty() : Optional.of(keyShortForm);
  }

  /** Whether the marker was written for this provider of this pack, in any pack version. */
  public boolean names(PackName packName, ProviderName providerName) {
    return pack.name().equals(packName) && provider.equals(providerName);
  }

  /** The text written to the host. */
  public String text() {
    String base = TAG + " pack=" + pack + " provider=" + provider + " batch=" + batch;
    return keyShortForm.isEmpty() ? base : base + " key=" + keyShortForm;
  }

  /**
   * The marker found in {@code text} (which may hold other words around it), or empty when there is
   * none or it is malformed: an object with a broken marker is not the manager's.
   */
  public static Optional<Marker> parse(String text) {
    int at = text.indexOf(TAG);
    if (at < 0) {
      return Optional.empty();
    }
    Map<String, String> fields = new HashMap<>();
    for (String word : text.substring(at + TAG.length()).strip().split("\\s+")) {
      int eq = word.indexOf('=');
      if (eq > 0) {
        fields.putIfAbsent(word.substring(0, eq), word.substring(eq + 1));
      }
    }
    try {
      return Optional.of(
          new Marker(
              PackRef.parse("marker.pack", fields.getOrDefault("pack", "")),
              new ProviderName(fields.getOrDefault("provider", "")),
              new BatchId(fields.getOrDefault("batch", "")),
              fields.getOrDefault("key", "")));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return text();
  }
}
