package dev.relaymanager.acceptance.simhost.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Matches a method and path against the registered routes (gin-style, first match wins). */
public final class Router {
  private final List<Route> routes = new ArrayList<>();

  /** A matched route and its path parameters. */
  public record Match(Route route, Map<String, String> params) {}

  /** Registers a route. */
  public Router add(Route route) {
    routes.add(route);
    return this;
  }

  /** Registers a route for the given guard. */
  public Router add(String method, String pattern, Guard guard, Handler handler) {
    return add(Route.of(method, pattern, guard, handler));
  }

  /** The first present route matching exactly (static segments are tried before params). */
  public Optional<Match> match(String method, String path) {
    Match best = null;
    int bestScore = -1;
    for (Route r : routes) {
      if (!r.method().equals(method) || !r.present().getAsBoolean()) {
        continue;
      }
      Map<String, String> params = new HashMap<>();
      int score = score(r.pattern(), path, params);
      if (score > bestScore) {
        best = new Match(r, params);
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** -1 when no match; otherwise the number of static segments (more specific wins). */
  private static int score(String pattern, String path, Map<String, String> params) {
    String[] p = split(pattern);
    String[] s = split(path);
    boolean wildcard = p.length > 0 && p[p.length - 1].equals("*");
    int fixed = wildcard ? p.length - 1 : p.length;
    if (wildcard ? s.length < fixed : s.length != fixed) {
      return -1;
    }
    int statics = 0;
    for (int i = 0; i < fixed; i++) {
      if (p[i].startsWith(":")) {
        params.put(p[i].substring(1), s[i]);
      } else if (p[i].equals(s[i])) {
        statics++;
      } else {
        return -1;
      }
    }
    if (wildcard) {
      params.put("*", String.join("/", java.util.Arrays.copyOfRange(s, fixed, s.length)));
    }
    return statics;
  }

  private static String[] split(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }
}
