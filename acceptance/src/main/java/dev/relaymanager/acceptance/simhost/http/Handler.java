package dev.relaymanager.acceptance.simhost.http;

/** Handles one matched request while the state lock is held. */
@FunctionalInterface
public interface Handler {
  /** Answers the request or throws {@link SimError}. */
  Resp handle(Req req);
}
