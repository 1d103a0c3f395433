package dev.relaymanager.adapter.sub2api.wire;

/** The body of {@code POST /api/v1/auth/login}. */
public record LoginRequest(String email, String password) {
  @Override
  public String toString() {
    return "LoginRequest[email=" + email + ", password=***]";
  }
}
