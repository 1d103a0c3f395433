package dev.relaymanager.acceptance.simhost.state;

import java.util.ArrayList;
import java.util.List;

/** A stored user (admin or ordinary) with the password in clear, as a simulator may. */
public final class UserRow {
  public long id;
  public String email;
  public String password;
  public String username = "";
  public String role = "user";
  public double balance;
  public int concurrency;
  public String status = "active";
  public List<Long> allowedGroups = new ArrayList<>();
  public String notes = "";
  public Integer rpmLimit;
  public String createdAt;
  public String updatedAt;
  public String deletedAt;

  /** True when the row is soft-deleted. */
  public boolean deleted() {
    return deletedAt != null;
  }

  /** True for the admin role. */
  public boolean admin() {
    return "admin".equals(role);
  }
}
