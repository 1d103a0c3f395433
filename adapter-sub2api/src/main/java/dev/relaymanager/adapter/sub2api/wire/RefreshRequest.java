package dev.relaymanager.adapter.sub2api.wire;

/** The body of {@code POST /api/v1/auth/refresh}. */
public record RefreshRequest(String refreshToken) {
  @Override
  public String toString() {
    return "RefreshRequest[refreshToken=***]";
  }
}
