package dev.relaymanager.domain.shared;

import java.util.Locale;

/**
 * Why a check of a provider failed, in a fixed vocabulary (PRODUCT §4), each with a one-line hint
 * that tells the operator what to do.
 */
public enum FailureClass {
  GATEWAY_AUTH_ERROR("the host rejected the user key: check that the key exists and is active"),
  ACCESS_NOT_CLOSED(
      "the user has no usable access: assign the subscription, raise the balance, or bind the key"
          + " to an active group"),
  ACCESS_LIMIT_REACHED(
      "a subscription or key quota is used up: reset or raise the limit, or wait for the window"),
  MODEL_NOT_LISTED(
      "the host does not offer the smoke model to this key: check the accounts' model mapping and"
          + " group binding"),
  NO_AVAILABLE_ACCOUNT(
      "no schedulable account serves the model: check paused, errored or unbound accounts"),
  UPSTREAM_AUTH_ERROR("the provider rejected the upstream key: replace the key"),
  UPSTREAM_KEY_QUOTA("the provider says the key has no balance or quota: top up the account"),
  RATE_LIMITED("the provider or host is rate limiting: transient, try again later"),
  HOST_COMPATIBILITY_GAP(
      "the provider answers the same request directly, the host fails it: check the account's base"
          + " URL and Responses mode, or upgrade the host"),
  UPSTREAM_ERROR(
      "the provider failed the request: read the host message for the provider's answer"),
  NETWORK_ERROR("a call did not get through: check that the host and the provider are reachable");

  private final String hint;

  FailureClass(String hint) {
    this.hint = hint;
  }

  /** What the operator should do about it, in one line. */
  public String hint() {
    return hint;
  }

  /** The stable name used in output and storage, e.g. {@code upstream_key_quota}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for failures that pass by themselves and must not fail an import. */
  public boolean isTransient() {
    return this == RATE_LIMITED;
  }
}
