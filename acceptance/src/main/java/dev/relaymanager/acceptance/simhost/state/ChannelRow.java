package dev.relaymanager.acceptance.simhost.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stored channel: pricing and mapping for a set of groups. */
public final class ChannelRow {
  public long id;
  public String name;
  public String description = "";
  public String status = "active";
  public String billingModelSource = "channel_mapped";
  public boolean restrictModels;
  public Map<String, Object> features = new LinkedHashMap<>();
  public List<Long> groupIds = new ArrayList<>();
  public List<Map<String, Object>> modelPricing = new ArrayList<>();
  public Map<String, Object> modelMapping = new LinkedHashMap<>();
  public String createdAt;
  public String updatedAt;
  public String deletedAt;

  /** True when the row is soft-deleted. */
  public boolean deleted() {
    return deletedAt != null;
  }
}
