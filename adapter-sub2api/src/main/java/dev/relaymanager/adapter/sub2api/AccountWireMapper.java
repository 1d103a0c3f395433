package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.AccountCredentials;
import dev.relaymanager.adapter.sub2api.wire.AccountCredentialsView;
import dev.relaymanager.adapter.sub2api.wire.AccountExtra;
import dev.relaymanager.adapter.sub2api.wire.AccountRequest;
import dev.relaymanager.adapter.sub2api.wire.AdminAccount;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.LiveAccount;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Converts account drafts into request bodies and host accounts into {@link LiveAccount}s. */
final class AccountWireMapper {
  static final String API_KEY_TYPE = "apikey";

  private AccountWireMapper() {}

  /**
   * The full body, credentials included: the one place the provider key leaves its {@code Secret}.
   */
  static AccountRequest toRequest(AccountDraft draft) {
    Map<String, String> mapping = new LinkedHashMap<>();
    draft.modelMapping().forEach((from, to) -> mapping.put(from.value(), to.value()));
    AccountCredentials credentials =
        new AccountCredentials(draft.apiKey().reveal(), draft.baseUrl().value(), mapping);
    return new AccountRequest(
        draft.name(),
        draft.notes(),
        draft.platform().wireName(),
        API_KEY_TYPE,
        credentials,
        new AccountExtra(draft.responsesMode()),
        draft.concurrency(),
        draft.priority(),
        draft.rateMultiplier(),
        draft.groupIds());
  }

  /**
   * The account as seen at {@code now}; whatever key the host sent back was never read (see {@link
   * AccountCredentialsView}).
   */
  static LiveAccount toLive(AdminAccount account, Instant now) {
    AccountCredentialsView credentials =
        account.credentials() == null
            ? new AccountCredentialsView(null, null)
            : account.credentials();
    String responsesMode =
        account.extra() == null ? "" : WireValues.text(account.extra().openaiResponsesMode());
    return new LiveAccount(
        account.id(),
        WireValues.text(account.name()),
        WireValues.text(account.notes()),
        WireValues.text(account.platform()),
        WireValues.text(account.type()),
        WireValues.text(credentials.baseUrl()),
        WireValues.map(credentials.modelMapping()),
        responsesMode,
        account.concurrency() == null ? 0 : account.concurrency(),
        account.priority() == null ? 0 : account.priority(),
        WireValues.text(account.status()),
        // The host's default; every build sends the field, this only guards a partial answer.
        !Boolean.FALSE.equals(account.schedulable()),
        WireValues.text(account.errorMessage()),
        reasonText(account.tempUnschedulableReason()),
        rateLimited(account, now),
        WireValues.list(account.groupIds()));
  }

  /** Rate limited until a reset time still ahead, or marked without any reset time. */
  static boolean rateLimited(AdminAccount account, Instant now) {
    Optional<Instant> reset = instant(account.rateLimitResetAt());
    if (reset.isPresent()) {
      return reset.get().isAfter(now);
    }
    return account.rateLimitedAt() != null && !account.rateLimitedAt().isBlank();
  }

  private static Optional<Instant> instant(String rfc3339) {
    if (rfc3339 == null || rfc3339.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(rfc3339).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The reason as text: a JSON string is unwrapped, anything else kept as its JSON. */
  private static String reasonText(JsonNode reason) {
    if (reason == null || reason.isNull() || reason.isMissingNode()) {
      return "";
    }
    return reason.isTextual() ? reason.asText() : reason.toString();
  }
}
