package dev.relaymanager.adapter.sub2api.wire;

/**
 * A user's API key as the host returns it (contract §9.3), with the full secret, which never
 * prints.
 *
 * @param groupId the bound group, or null when the key has none
 */
public record UserApiKey(
    long id, long userId, String key, String name, Long groupId, String status) {
  @Override
  public String toString() {
    return "UserApiKey[id=" + id + ", userId=" + userId + ", key=***]";
  }
}
