package dev.relaymanager.adapter.sub2api;

import dev.relaymanager.domain.host.BaseUrl;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The Chat Completions URL sub2api derives from an account's base URL (contract §10.4, newer
 * builds): a base ending in {@code /chat/completions} as is, a version suffix ({@code /v1}, {@code
 * /v4}) plus {@code /chat/completions}, anything else plus {@code /v1/chat/completions}.
 */
final class ProviderUrls {
  static final String CHAT_COMPLETIONS = "/chat/completions";
  private static final Pattern VERSION_SUFFIX = Pattern.compile(".*/v[0-9]+");

  private ProviderUrls() {}

  static URI chatCompletions(BaseUrl base) {
    String url = base.value();
    if (url.endsWith(CHAT_COMPLETIONS)) {
      return URI.create(url);
    }
    if (VERSION_SUFFIX.matcher(url).matches()) {
      return URI.create(url + CHAT_COMPLETIONS);
    }
    return URI.create(url + "/v1" + CHAT_COMPLETIONS);
  }

  /** Scheme, host and port of {@code url}: where the transport connects. */
  static BaseUrl origin(URI url) {
    return new BaseUrl(url.getScheme() + "://" + url.getRawAuthority());
  }
}
