package dev.relaymanager.acceptance.simhost.state;

import java.util.ArrayList;
import java.util.List;

/** A stored user API key for the gateway, with its full secret as the host keeps it. */
public final class ApiKeyRow {
  public long id;
  public long userId;
  public String key;
  public String name;
  public Long groupId;
  public String status = "active";
  public List<String> ipWhitelist = new ArrayList<>();
  public List<String> ipBlacklist = new ArrayList<>();
  public double quota;
  public double quotaUsed;
  public String expiresAt;
  public String lastUsedAt;
  public String createdAt;
  public String updatedAt;
  public String deletedAt;

  /** True when the row is soft-deleted. */
  public boolean deleted() {
    return deletedAt != null;
  }
}
