package dev.relaymanager.acceptance.simhost.state;

/** A stored subscription of one user to one subscription-type group. */
public final class SubscriptionRow {
  public long id;
  public long userId;
  public long groupId;
  public String startsAt;
  public String expiresAt;
  public String status = "active";
  public String dailyWindowStart;
  public String weeklyWindowStart;
  public String monthlyWindowStart;
  public double dailyUsageUsd;
  public double weeklyUsageUsd;
  public double monthlyUsageUsd;
  public Long assignedBy;
  public String assignedAt;
  public String notes = "";
  public int validityDays;
  public String createdAt;
  public String updatedAt;
  public String deletedAt;

  /** True when the row is soft-deleted. */
  public boolean deleted() {
    return deletedAt != null;
  }
}
