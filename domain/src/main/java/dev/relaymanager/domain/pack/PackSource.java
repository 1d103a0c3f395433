package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** Where a provider's facts come from, and the day they were known to hold. */
public record PackSource(String url, LocalDate asOf) {
  public PackSource {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(asOf, "asOf");
    url = url.strip();
    if (!isWebUrl(url)) {
      throw InvalidInputException.of("url", "must be an absolute http:// or https:// URL");
    }
  }

  private static boolean isWebUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
