package dev.relaymanager.adapter.sub2api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A group as the host returns it (contract §7.3, AdminGroup); limits are numbers or null.
 *
 * @param status {@code active} or {@code inactive}
 */
public record AdminGroup(
    long id,
    String name,
    String description,
    String platform,
    BigDecimal rateMultiplier,
    @JsonProperty("is_exclusive") Boolean isExclusive,
    String status,
    String subscriptionType,
    BigDecimal dailyLimitUsd,
    BigDecimal weeklyLimitUsd,
    BigDecimal monthlyLimitUsd) {}
