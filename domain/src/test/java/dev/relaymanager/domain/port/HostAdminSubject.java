package dev.relaymanager.domain.port;

import dev.relaymanager.domain.provider.LimitWindow;
import java.math.BigDecimal;

/**
 * The host a {@link HostAdminContract} case runs against: the port itself, plus the few things a
 * test must arrange on the host that the port cannot do.
 */
public interface HostAdminSubject {
  /** How the provider behind an account answers its key. */
  enum UpstreamAnswer {
    /** The provider refuses the key (401). */
    BAD_AUTH,
    /** The provider says the key has no balance or quota. */
    NO_QUOTA,
    /** The provider rate limits the key (429). */
    RATE_LIMITED
  }

  /** The port on a host that held nothing when the test started. */
  HostAdmin admin();

  /**
   * The text of an upstream key that the provider answers with {@code answer} whenever it is used;
   * text, so that a test can check the key never shows.
   */
  String keyAnswering(UpstreamAnswer answer);

  /**
   * Sets a group's limit on the host by hand, as an operator in the web UI would; {@code usd} null
   * stores no limit.
   */
  void editGroupLimitByHand(long groupId, LimitWindow window, BigDecimal usd);

  /** From now on the host behaves like an older build without the channel routes. */
  void dropChannelRoutes();
}
