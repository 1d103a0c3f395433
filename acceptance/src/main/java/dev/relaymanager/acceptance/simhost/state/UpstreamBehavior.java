package dev.relaymanager.acceptance.simhost.state;

import java.util.Locale;

/** How the simulated provider answers one upstream key. */
public enum UpstreamBehavior {
  /** 200 with a chat completion. */
  OK,
  /** 401 authentication failure. */
  BADAUTH,
  /** The provider's own "no balance / quota" error. */
  NOQUOTA,
  /** 429 rate limited. */
  RATELIMIT,
  /** Fine when called directly, but the host's forwarding of it fails (host 502). */
  HOSTGAP,
  /** Success after a delay. */
  SLOW;

  /** The behaviour named by a {@code sk-sim-<name>-...} key, or OK for any other key. */
  public static UpstreamBehavior fromKeyPrefix(String key) {
    if (key == null || !key.startsWith("sk-sim-")) {
      return OK;
    }
    String rest = key.substring("sk-sim-".length());
    int dash = rest.indexOf('-');
    String name = (dash < 0 ? rest : rest.substring(0, dash)).toUpperCase(Locale.ROOT);
    for (UpstreamBehavior b : values()) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    return OK;
  }
}
