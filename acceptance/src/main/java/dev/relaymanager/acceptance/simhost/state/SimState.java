package dev.relaymanager.acceptance.simhost.state;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the simulated host knows; guarded by the host's single lock. */
public final class SimState {
  private static final DateTimeFormatter CHANNEL_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  public final Tables tables = new Tables();
  public final Map<String, Session> sessions = new HashMap<>();
  public final Map<String, UpstreamBehavior> upstreamBehaviors = new HashMap<>();
  public final List<FaultRule> faults = new ArrayList<>();
  public final List<UpstreamCall> upstreamCalls = new ArrayList<>();

  /** {@code /v1/models} answers keyed {@code "<group id>|<platform>"} as upstream keys them. */
  public final Map<String, ModelsCacheEntry> modelsCache = new HashMap<>();

  public Knobs knobs;
  public Settings settings;
  public String adminApiKey;
  private final Clock clock;
  private long nextId = 1;

  /** Creates an empty state with the given starting knobs and settings. */
  public SimState(Clock clock, Knobs knobs, Settings settings) {
    this.clock = clock;
    this.knobs = knobs;
    this.settings = settings;
  }

  /** The next row id (one sequence for all tables keeps ids unambiguous in tests). */
  public long nextId() {
    return nextId++;
  }

  /** The current instant. */
  public Instant instant() {
    return clock.instant();
  }

  /** The current time as RFC 3339. */
  public String now() {
    return rfc3339(clock.instant());
  }

  /** An instant as RFC 3339 (UTC, microseconds). */
  public static String rfc3339(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC).toString();
  }

  /** The current time in the channel format {@code 2006-01-02T15:04:05Z}. */
  public String channelNow() {
    return CHANNEL_TIME.format(clock.instant());
  }

  /** True when an RFC 3339 time is set and still in the future. */
  public boolean inFuture(String time) {
    return time != null && !time.isEmpty() && Instant.parse(normalize(time)).isAfter(instant());
  }

  private static String normalize(String time) {
    return java.time.OffsetDateTime.parse(time).toInstant().toString();
  }

  /** A live (non-deleted) group by id. */
  public Optional<GroupRow> group(long id) {
    return tables.groups.stream().filter(g -> g.id == id && !g.deleted()).findFirst();
  }

  /** A live account by id. */
  public Optional<AccountRow> account(long id) {
    return tables.accounts.stream().filter(a -> a.id == id && !a.deleted()).findFirst();
  }

  /** A live channel by id. */
  public Optional<ChannelRow> channel(long id) {
    return tables.channels.stream().filter(c -> c.id == id && !c.deleted()).findFirst();
  }

  /** A live user by id. */
  public Optional<UserRow> user(long id) {
    return tables.users.stream().filter(u -> u.id == id && !u.deleted()).findFirst();
  }

  /** A live subscription by id. */
  public Optional<SubscriptionRow> subscription(long id) {
    return tables.subscriptions.stream().filter(s -> s.id == id && !s.deleted()).findFirst();
  }

  /** A live API key by id. */
  public Optional<ApiKeyRow> apiKey(long id) {
    return tables.apiKeys.stream().filter(k -> k.id == id && !k.deleted()).findFirst();
  }

  /** The live subscription of a user to a group, if any. */
  public Optional<SubscriptionRow> subscriptionOf(long userId, long groupId) {
    return tables.subscriptions.stream()
        .filter(s -> !s.deleted() && s.userId == userId && s.groupId == groupId)
        .findFirst();
  }

  /** The first admin user, whom admin API key requests run as. */
  public Optional<UserRow> firstAdmin() {
    return tables.users.stream().filter(u -> !u.deleted() && u.admin()).findFirst();
  }
}
