package dev.relaymanager.domain.provider;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An account as the host returns it. Credentials come back redacted on newer hosts, so only the
 * base URL and the model mapping are comparable (contract §5.4); the key is never read back.
 *
 * @param baseUrl {@code credentials.base_url} as stored on the host, or empty
 * @param status {@code active}, {@code inactive} or {@code error}
 * @param errorMessage the host's last hard error text, or empty
 * @param tempUnschedulableReason why the host paused it, or empty
 * @param rateLimited whether the host marks it rate limited now
 */
public record LiveAccount(
    long id,
    String name,
    String notes,
    String platform,
    String type,
    String baseUrl,
    Map<String, String> modelMapping,
    String responsesMode,
    int concurrency,
    int priority,
    String status,
    boolean schedulable,
    String errorMessage,
    String tempUnschedulableReason,
    boolean rateLimited,
    List<Long> groupIds) {

  public LiveAccount {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(responsesMode, "responsesMode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(errorMessage, "errorMessage");
    Objects.requireNonNull(tempUnschedulableReason, "tempUnschedulableReason");
    modelMapping = Map.copyOf(modelMapping);
    groupIds = List.copyOf(groupIds);
  }

  /** This account bound to exactly {@code newGroupIds}. */
  public LiveAccount withGroupIds(List<Long> newGroupIds) {
    return new LiveAccount(
        id,
        name,
        notes,
        platform,
        type,
        baseUrl,
        modelMapping,
        responsesMode,
        concurrency,
        priority,
        status,
        schedulable,
        errorMessage,
        tempUnschedulableReason,
        rateLimited,
        newGroupIds);
  }

  /** This account with scheduling paused or resumed. */
  public LiveAccount withSchedulable(boolean newSchedulable) {
    return new LiveAccount(
        id,
        name,
        notes,
        platform,
        type,
        baseUrl,
        modelMapping,
        responsesMode,
        concurrency,
        priority,
        status,
        newSchedulable,
        errorMessage,
        tempUnschedulableReason,
        rateLimited,
        groupIds);
  }
}
