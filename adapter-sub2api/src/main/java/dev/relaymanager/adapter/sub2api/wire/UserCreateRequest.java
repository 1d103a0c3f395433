package dev.relaymanager.adapter.sub2api.wire;

/** The body of {@code POST /api/v1/admin/users} (contract §9.1); the password never prints. */
public record UserCreateRequest(String email, String password, String username, String notes) {
  @Override
  public String toString() {
    return "UserCreateRequest[email=" + email + ", password=***]";
  }
}
