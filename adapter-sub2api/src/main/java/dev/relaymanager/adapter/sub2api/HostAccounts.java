package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.AccountGroupsRequest;
import dev.relaymanager.adapter.sub2api.wire.AccountRequest;
import dev.relaymanager.adapter.sub2api.wire.AccountTestRequest;
import dev.relaymanager.adapter.sub2api.wire.AdminAccount;
import dev.relaymanager.adapter.sub2api.wire.SchedulableRequest;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.LiveAccount;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The account routes of the admin API (contract §5, §6): find, create, update, bind, pause, test,
 * delete. Host messages are masked for the provider key a call sent.
 */
final class HostAccounts {
  static final String ACCOUNTS = "/api/v1/admin/accounts";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final String KIND = "account";

  /** A test stream is a few kilobytes; the cap only guards against a runaway answer. */
  static final int MAX_TEST_STREAM_BYTES = 1 << 20;

  /** The host cuts {@code search} to 100 bytes; a shorter prefix still matches a superset. */
  private static final int MAX_SEARCH = 100;

  private final AdminApi api;
  private final Clock clock;
  private final JavaType accountType;
  private final JavaType anything;
  private final AccountTestStream testStream;
  private final Duration testTimeout;

  HostAccounts(AdminApi api, HostJson json, Clock clock, Duration testTimeout) {
    this.api = Objects.requireNonNull(api, "api");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.testTimeout = Objects.requireNonNull(testTimeout, "testTimeout");
    this.testStream = new AccountTestStream(json.mapper());
    this.accountType = json.type(AdminAccount.class);
    this.anything = json.type(JsonNode.class);
  }

  /** {@code ?search=} is a case-insensitive substring match, so the prefix is checked here. */
  List<LiveAccount> namedLike(String namePrefix) {
    String search =
        namePrefix.length() > MAX_SEARCH ? namePrefix.substring(0, MAX_SEARCH) : namePrefix;
    return list("?search=" + AdminApi.encoded(search)).stream()
        .filter(account -> account.name().startsWith(namePrefix))
        .collect(Collectors.toList());
  }

  List<LiveAccount> inGroup(long groupId) {
    return list("?group=" + groupId);
  }

  Optional<LiveAccount> find(long accountId) {
    return HostAnswers.<AdminAccount>found(api.get(path(accountId), accountType)).map(this::live);
  }

  /**
   * A replay ({@code X-Idempotency-Replayed: true}) carries the first answer: read the same way.
   */
  LiveAccount create(AccountDraft draft, IdempotencyKey key) {
    AccountRequest body = AccountWireMapper.toRequest(draft);
    HostOutcome<AdminAccount> outcome =
        api.post(ACCOUNTS, body, Map.of(IDEMPOTENCY_KEY, key.value()), accountType);
    return live(HostAnswers.value(maskedFor(body, outcome)));
  }

  LiveAccount update(long accountId, AccountDraft draft) {
    AccountRequest body = AccountWireMapper.toRequest(draft);
    HostOutcome<AdminAccount> outcome = api.put(path(accountId), body, accountType);
    return live(HostAnswers.existing(maskedFor(body, outcome), KIND, accountId));
  }

  LiveAccount rebind(long accountId, List<Long> groupIds) {
    AccountGroupsRequest body = new AccountGroupsRequest(List.copyOf(groupIds));
    return live(HostAnswers.existing(api.put(path(accountId), body, accountType), KIND, accountId));
  }

  void setSchedulable(long accountId, boolean schedulable) {
    HostOutcome<JsonNode> outcome =
        api.post(path(accountId) + "/schedulable", new SchedulableRequest(schedulable), anything);
    HostAnswers.existing(outcome, KIND, accountId);
  }

  /**
   * Runs the host's test: the status first (a refusal is ordinary JSON), then the body as a stream
   * of at most {@link #MAX_TEST_STREAM_BYTES}, all within the settings' account test timeout.
   */
  AccountTestOutcome test(long accountId, ModelId model) {
    HostOutcome<HostReply> outcome =
        api.postForRawReply(
            path(accountId) + "/test",
            new AccountTestRequest(model.value(), ""),
            testTimeout,
            MAX_TEST_STREAM_BYTES);
    HostReply reply = HostAnswers.existing(outcome, KIND, accountId);
    AccountTestOutcome result = testStream.outcome(reply.body(), model.value());
    if (result instanceof AccountTestOutcome.Failed) {
      AccountTestOutcome.Failed failed = (AccountTestOutcome.Failed) result;
      return new AccountTestOutcome.Failed(
          failed.failureClass(), failed.upstreamStatus(), api.mask(failed.hostMessage()));
    }
    return result;
  }

  /**
   * Looks first: upstream answers 200 to a delete of an unknown or deleted id (findings §6), so
   * only the read tells {@code ALREADY_GONE} apart; hosts that answer 404 are read the same way.
   */
  DeleteOutcome delete(long accountId) {
    if (find(accountId).isEmpty()) {
      return DeleteOutcome.ALREADY_GONE;
    }
    return HostAnswers.deleted(api.delete(path(accountId), anything));
  }

  static String path(long accountId) {
    return ACCOUNTS + "/" + accountId;
  }

  private List<LiveAccount> list(String query) {
    List<AdminAccount> accounts = HostAnswers.value(api.getAll(ACCOUNTS + query, accountType));
    return accounts.stream().map(this::live).collect(Collectors.toList());
  }

  private LiveAccount live(AdminAccount account) {
    return AccountWireMapper.toLive(account, clock.instant());
  }

  /** A refusal may quote the request (e.g. a validation echo): the key sent must not survive. */
  private static <T> HostOutcome<T> maskedFor(AccountRequest body, HostOutcome<T> outcome) {
    return outcome.masked(text -> Masking.mask(text, body.credentials().apiKey()));
  }
}
