package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code MAJOR.MINOR.PATCH} with an optional pre-release ({@code 1.2.0-rc.1});
 * ordered by semver precedence. Build metadata is refused so that equal versions are equal text.
 *
 * @param preRelease the dot-separated pre-release identifiers, empty for a release
 */
public record PackVersion(int major, int minor, int patch, String preRelease)
    implements Comparable<PackVersion> {
  private static final String IDENTIFIER = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
  private static final String PRE_RELEASE = IDENTIFIER + "(?:\\." + IDENTIFIER + ")*";
  private static final String NUMBER = "(0|[1-9]\\d{0,8})";
  static final String PATTERN =
      NUMBER + "\\." + NUMBER + "\\." + NUMBER + "(?:-(" + PRE_RELEASE + "))?";
  private static final Pattern FORM = Pattern.compile(PATTERN);
  private static final Pattern PRE_RELEASE_FORM = Pattern.compile(PRE_RELEASE);
  private static final Comparator<PackVersion> ORDER =
      Comparator.comparingInt(PackVersion::major)
          .thenComparingInt(PackVersion::minor)
          .thenComparingInt(PackVersion::patch)
          .thenComparing(PackVersion::preRelease, PackVersion::comparePreRelease);

  public PackVersion {
    Objects.requireNonNull(preRelease, "preRelease");
    if (major < 0 || minor < 0 || patch < 0) {
      throw InvalidInputException.of("version", "must not have negative parts");
    }
    if (!preRelease.isEmpty() && !PRE_RELEASE_FORM.matcher(preRelease).matches()) {
      throw InvalidInputException.of("version", "has an invalid pre-release part");
    }
  }

  /** Parses {@code 1.0.0} or {@code 1.0.0-beta.2}. */
  public static PackVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw InvalidInputException.of(
          "version", "must be a semantic version MAJOR.MINOR.PATCH[-PRERELEASE], e.g. 1.0.0");
    }
    String pre = m.group(4) == null ? "" : m.group(4);
    return new PackVersion(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        pre);
  }

  public boolean isPreRelease() {
    return !preRelease.isEmpty();
  }

  @Override
  public int compareTo(PackVersion other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch + suffix(preRelease);
  }

  private static String suffix(String preRelease) {
    return preRelease.isEmpty() ? "" : "-" + preRelease;
  }

  // Semver §11: a release outranks its pre-releases; identifiers compare numerically when both
  // are numeric, numeric ones rank lower, and a longer list wins when all shared ones are equal.
  private static int comparePreRelease(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
    List<String> left = List.of(a.split("\\."));
    List<String> right = List.of(b.split("\\."));
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      int c = compareIdentifier(left.get(i), right.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  private static int compareIdentifier(String a, String b) {
    boolean aNumeric = a.chars().allMatch(Character::isDigit);
    boolean bNumeric = b.chars().allMatch(Character::isDigit);
    if (aNumeric && bNumeric) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    if (aNumeric != bNumeric) {
      return aNumeric ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
