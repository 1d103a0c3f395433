package dev.relaymanager.acceptance.simhost.state;

/** A stored group; public mutable fields so the drift API can patch any of them. */
public final class GroupRow {
  public long id;
  public String name;
  public String description = "";
  public String platform = "anthropic";
  public double rateMultiplier;
  public boolean isExclusive;
  public String status = "active";
  public String subscriptionType = "standard";
  public Double dailyLimitUsd;
  public Double weeklyLimitUsd;
  public Double monthlyLimitUsd;
  public int sortOrder;
  public String createdAt;
  public String updatedAt;
  public String deletedAt;

  /** True when the row is soft-deleted. */
  public boolean deleted() {
    return deletedAt != null;
  }
}
