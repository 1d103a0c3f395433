package dev.relaymanager.acceptance.simhost.admin;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Generates the host's random secrets: admin keys, user keys, tokens, passwords. */
public final class Secrets {
  private final SecureRandom random = new SecureRandom();

  /** Random lowercase hex of the given byte length. */
  public String hex(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** An admin API key {@code admin-<64 hex>}. */
  public String adminApiKey() {
    return "admin-" + hex(32);
  }

  /** A user API key {@code sk-<64 hex>}. */
  public String userApiKey() {
    return "sk-" + hex(32);
  }

  /** An opaque access or refresh token. */
  public String token() {
    return "simjwt." + hex(24);
  }
}
