package dev.relaymanager.adapter.sub2api;

import java.util.Map;

/** Supplies the admin authentication header of a session and masks the secrets it holds. */
interface AdminAuthorizer {
  /** The headers that authenticate the next admin call; may log in first. */
  Map<String, String> headers();

  /**
   * Renews the credentials after the host refused them with {@code error}; true when the call is
   * worth repeating once.
   */
  boolean renewAfter(HostError error);

  /** {@code text} with every secret of this session replaced by {@code ***}. */
  String mask(String text);
}
