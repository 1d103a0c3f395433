package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.KeyFingerprint;
import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The upstream keys of one import, held in memory only: distinct by fingerprint, in the order first
 * given. Problems are reported by line number and never repeat the key.
 */
public final class KeyList {
  /** The longest key accepted; real provider keys are far shorter. */
  public static final int MAX_KEY_LENGTH = 512;

  private final List<Secret> keys;
  private final int duplicatesCollapsed;

  private KeyList(List<Secret> keys, int duplicatesCollapsed) {
    this.keys = List.copyOf(keys);
    this.duplicatesCollapsed = duplicatesCollapsed;
  }

  /**
   * Parses a keys file: one key per line, surrounding spaces trimmed, blank lines and lines
   * starting with {@code #} skipped, duplicates collapsed.
   *
   * @throws InvalidInputException with a {@code keys:<line>} violation per bad line, or {@code
   *     keys} when no key is left
   */
  public static KeyList parse(String text) {
    Objects.requireNonNull(text, "text");
    Violations violations = new Violations();
    Map<KeyFingerprint, Secret> found = new LinkedHashMap<>();
    Map<String, Integer> lineOfShortForm = new HashMap<>();
    String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\R", -1);
    int duplicates = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String path = "keys:" + (i + 1);
      String problem = problemWith(line);
      if (!problem.isEmpty()) {
        violations.add(path, problem);
        continue;
      }
      Secret key = Secret.of(line);
      KeyFingerprint fingerprint = key.fingerprint();
      if (found.containsKey(fingerprint)) {
        duplicates++;
        continue;
      }
      Integer clash = lineOfShortForm.putIfAbsent(fingerprint.shortForm(), i + 1);
      if (clash != null) {
        violations.add(path, shortFormClash(fingerprint, clash));
        continue;
      }
      found.put(fingerprint, key);
    }
    if (violations.isEmpty() && found.isEmpty()) {
      violations.add("keys", "no key found: give one key per line");
    }
    violations.throwIfAny();
    return new KeyList(new ArrayList<>(found.values()), duplicates);
  }

  /** The keys given some other way (e.g. an HTTP body), duplicates collapsed; never empty. */
  public static KeyList of(List<Secret> given) {
    Map<KeyFingerprint, Secret> found = new LinkedHashMap<>();
    given.forEach(key -> found.putIfAbsent(key.fingerprint(), key));
    if (found.isEmpty()) {
      throw InvalidInputException.of("keys", "no key found: give at least one key");
    }
    return new KeyList(new ArrayList<>(found.values()), given.size() - found.size());
  }

  /** The distinct keys, in the order first given. */
  public List<Secret> keys() {
    return keys;
  }

  /** The fingerprints of {@link #keys()}, in the same order. */
  public List<KeyFingerprint> fingerprints() {
    return keys.stream().map(Secret::fingerprint).toList();
  }

  public int size() {
    return keys.size();
  }

  /** How many repeated keys were dropped. */
  public int duplicatesCollapsed() {
    return duplicatesCollapsed;
  }

  @Override
  public String toString() {
    return "KeyList[" + fingerprints() + "]";
  }

  private static String problemWith(String line) {
    if (line.length() > MAX_KEY_LENGTH) {
      return "is longer than " + MAX_KEY_LENGTH + " characters; one key per line";
    }
    if (line.chars().anyMatch(Character::isWhitespace)) {
      return "contains whitespace inside the key; one key per line";
    }
    if (line.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      return "contains a character that is not printable ASCII";
    }
    return "";
  }

  // Account names carry 12 hex digits of the fingerprint; two keys sharing them would share a name.
  private static String shortFormClash(KeyFingerprint fingerprint, int otherLine) {
    return "its fingerprint "
        + fingerprint.shortForm()
        + " starts like the one of line "
        + otherLine
        + ", so their host names would be equal; import it separately";
  }
}
