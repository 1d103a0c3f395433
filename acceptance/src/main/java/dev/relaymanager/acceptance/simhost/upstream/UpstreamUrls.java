package dev.relaymanager.acceptance.simhost.upstream;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** How the host turns an account {@code base_url} into the upstream URL (contract §10.4). */
public final class UpstreamUrls {
  private static final Pattern VERSION_SUFFIX = Pattern.compile(".*/v\\d+$");
  private static final Pattern DOUBLE_VERSION = Pattern.compile(".*/v\\d+/v\\d+/.*");

  private UpstreamUrls() {}

  /** The Chat Completions URL for a base; {@code zhipuBug} replays the old-build breakage. */
  public static String chatCompletions(String base, boolean zhipuBug) {
    String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    if (b.endsWith("/chat/completions")) {
      return b;
    }
    if (b.endsWith("/v1")) {
      return b + "/chat/completions";
    }
    if (VERSION_SUFFIX.matcher(b).matches() && !zhipuBug) {
      return b + "/chat/completions";
    }
    return b + "/v1/chat/completions";
  }

  /** The parsed URL when it is an absolute http(s) URL with a host. */
  public static Optional<URI> parse(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean ok = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
      return ok ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** True when a simulated provider serves this chat path (a doubled version is a 404). */
  public static boolean servesChat(String path) {
    String p = path == null ? "" : path;
    return p.endsWith("/chat/completions") && !DOUBLE_VERSION.matcher(p + "/").matches();
  }

  /** Which provider a URL belongs to, by host name or by the simulator's own path. */
  public static String provider(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String[] known = {"deepseek", "moonshot", "kimi", "bigmodel", "z.ai", "minimax", "dashscope"};
    String[] names = {"deepseek", "moonshot", "moonshot", "zhipu", "zhipu", "minimax", "qwen"};
    for (int i = 0; i < known.length; i++) {
      if (host.contains(known[i])) {
        return names[i];
      }
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String[] seg = path.split("/");
    if (seg.length > 2 && seg[1].equals("upstream") && ProviderErrors.known(seg[2])) {
      return seg[2];
    }
    return "generic";
  }
}
