package dev.relaymanager.adapter.sub2api.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * The body of {@code POST /api/v1/admin/groups} and {@code PUT /api/v1/admin/groups/:id} (contract
 * §7.2), every field explicit: an omitted platform means {@code anthropic}, an omitted rate is
 * refused or stored as 0, and an omitted limit is cleared on update.
 *
 * @param dailyLimitUsd a positive limit, or a negative number for unlimited (never 0)
 */
public record GroupRequest(
    String name,
    String description,
    String platform,
    BigDecimal rateMultiplier,
    @JsonProperty("is_exclusive") boolean isExclusive,
    String subscriptionType,
    BigDecimal dailyLimitUsd,
    BigDecimal weeklyLimitUsd,
    BigDecimal monthlyLimitUsd) {}
