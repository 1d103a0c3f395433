package dev.relaymanager.adapter.sub2api.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An account as the host returns it (contract §5.4), reduced to what the manager compares; the key
 * is never read (see {@link AccountCredentialsView}).
 *
 * @param rateLimitedAt RFC 3339 time the host marked it rate limited, or null
 * @param rateLimitResetAt RFC 3339 time the rate limit ends, or null
 * @param tempUnschedulableReason usually a string holding JSON, plain text on some paths
 * @param groupIds missing when the account is unbound ({@code omitempty})
 */
public record AdminAccount(
    long id,
    String name,
    String notes,
    String platform,
    String type,
    AccountCredentialsView credentials,
    AccountExtra extra,
    Integer concurrency,
    Integer priority,
    String status,
    String errorMessage,
    Boolean schedulable,
    String rateLimitedAt,
    String rateLimitResetAt,
    JsonNode tempUnschedulableReason,
    List<Long> groupIds) {}
