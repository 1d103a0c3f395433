package dev.relaymanager.adapter.sub2api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The data of a login or refresh: a token pair, or, for a user with TOTP, a 2FA challenge.
 *
 * @param expiresIn seconds the access token lives; null when the host does not say
 * @param requires2fa true when the login stopped at a TOTP challenge
 */
public record LoginResult(
    String accessToken,
    String refreshToken,
    Long expiresIn,
    String tokenType,
    @JsonProperty("requires_2fa") Boolean requires2fa,
    String tempToken,
    String userEmailMasked) {

  @Override
  public String toString() {
    return "LoginResult[tokenType=" + tokenType + ", requires2fa=" + requires2fa + "]";
  }
}
