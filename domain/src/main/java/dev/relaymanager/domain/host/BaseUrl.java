package dev.relaymanager.domain.host;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * An absolute http(s) URL without query, fragment or user info, kept without a trailing slash so
 * that paths can be appended.
 */
public record BaseUrl(String value) {
  public BaseUrl {
    Objects.requireNonNull(value, "value");
    value = normalize(value);
  }

  /** Parses {@code text}, reporting a problem under {@code path}. */
  public static BaseUrl parse(String path, String text) {
    try {
      return new BaseUrl(text);
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(path, e.violations().get(0).message());
    }
  }

  /** This URL with {@code suffix} (starting with '/') appended. */
  public URI resolve(String suffix) {
    return URI.create(value + suffix);
  }

  private static String normalize(String raw) {
    URI uri;
    try {
      uri = new URI(raw.strip());
    } catch (URISyntaxException e) {
      throw InvalidInputException.of("url", "is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw InvalidInputException.of("url", "must start with http:// or https://");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw InvalidInputException.of("url", "must name a host");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw InvalidInputException.of("url", "must not carry a query, fragment or credentials");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path;
  }

  @Override
  public String toString() {
    return value;
  }
}
