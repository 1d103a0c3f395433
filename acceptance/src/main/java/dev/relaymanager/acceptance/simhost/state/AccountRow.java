package dev.relaymanager.acceptance.simhost.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stored upstream account with its credentials in clear (the DTO redacts them). */
public final class AccountRow {
  public long id;
  public String name;
  public String notes;
  public String platform;
  public String type;
  public Map<String, Object> credentials = new LinkedHashMap<>();
  public Map<String, Object> extra = new LinkedHashMap<>();
  public Long proxyId;
  public int concurrency;
  public int priority;
  public double rateMultiplier = 1.0;
  public Integer loadFactor;
  public String status = "active";
  public String errorMessage = "";
  public boolean schedulable = true;
  public String rateLimitedAt;
  public String rateLimitResetAt;
  public String overloadUntil;
  public String tempUnschedulableUntil;
  public String tempUnschedulableReason;
  public String lastUsedAt;
  public Long expiresAt;
  public boolean autoPauseOnExpired = true;
  public List<Long> groupIds = new ArrayList<>();
  public String createdAt;
  public String updatedAt;
  public String deletedAt;

  /** True when the row is soft-deleted. */
  public boolean deleted() {
    return deletedAt != null;
  }

  /** The account's model mapping (requested id to upstream id); empty when none. */
  public Map<String, String> modelMapping() {
    Map<String, String> out = new LinkedHashMap<>();
    Object raw = credentials.get("model_mapping");
    if (raw instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    }
    return out;
  }

  /** A credential value as text, or null when absent. */
  public String credential(String key) {
    Object v = credentials.get(key);
    return v == null ? null : String.valueOf(v);
  }
}
