package dev.relaymanager.acceptance.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relaymanager.acceptance.simhost.SimOptions;
import dev.relaymanager.acceptance.simhost.SimulatedHost;
import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.access.GatewayRefusal;
import dev.relaymanager.domain.access.LiveSubscription;
import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.access.ModelListing;
import dev.relaymanager.domain.access.SubscriptionAssignment;
import dev.relaymanager.domain.access.UsageAnswer;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.port.UserSession;
import dev.relaymanager.domain.provider.DeleteOutcome;
import dev.relaymanager.domain.provider.GroupType;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.provider.LiveGroup;
import dev.relaymanager.domain.shared.ConflictException;
import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.Secret;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The access adapters against the simulated host: closure, gateway, provider, login refusals. */
class Sub2apiAccessConnectorTest {
  private static final String OK_KEY = "sk-sim-ok-access-1";
  private static SimulatedHost sim;
  private AccessWorld world;

  @BeforeAll
  static void start_host() {
    sim = SimulatedHost.start(SimOptions.defaults().port(0).modelsCacheMillis(0));
  }

  @AfterAll
  static void stop_host() {
    sim.close();
  }

  @BeforeEach
  void fresh_state() {
    sim.reset();
    world = new AccessWorld(sim);
  }

  @Test
  void a_subscribed_user_lists_the_mapped_model_and_chats_through_the_gateway() {
    LiveGroup group = world.servedGroup("rm-sub", GroupType.SUBSCRIPTION, true, OK_KEY);
    LiveUser user = world.newUser("rm-sub@example.com");

    LiveSubscription subscription = world.users.assignSubscription(user.id(), group.id(), 30, "rm");
    LiveUserKey key = world.sessionOf("rm-sub@example.com").createKey("rm-verify", group.id());
    ModelListing listing = world.gateway().listModels(key.key());
    ChatAnswer answer = world.gateway().chat(key.key(), AccessWorld.MODEL, 8);

    assertThat(subscription.isActive()).isTrue();
    assertThat(world.users.findSubscriptions(user.id(), group.id()))
        .extracting(LiveSubscription::id)
        .containsExactly(subscription.id());
    assertThat(key.groupId()).isEqualTo(group.id());
    assertThat(listing).isInstanceOf(ModelListing.Listed.class);
    assertThat(((ModelListing.Listed) listing).modelIds()).contains("deepseek-chat");
    assertThat(answer).isInstanceOf(ChatAnswer.Completed.class);
    assertThat(world.gateway().usage(key.key())).isInstanceOf(UsageAnswer.Described.class);
    assertThat(world.users.listUserKeys(user.id()))
        .singleElement()
        .satisfies(listed -> assertThat(listed.key().sameAs(key.key())).isTrue());
  }

  @Test
  void a_user_finds_and_deletes_their_own_key_and_the_admin_rebinds_one() {
    LiveGroup first = world.servedGroup("rm-std-a", GroupType.STANDARD, false, OK_KEY);
    LiveGroup second = world.servedGroup("rm-std-b", GroupType.STANDARD, true, OK_KEY);
    LiveUser user = world.newUser("rm-keys@example.com");
    UserSession session = world.sessionOf("rm-keys@example.com");
    LiveUserKey key = session.createKey("rm-verify", first.id());

    LiveUserKey rebound = world.users.rebindUserKey(key.id(), second.id());

    assertThat(rebound.groupId()).isEqualTo(second.id());
    assertThat(world.users.findUserByEmail("RM-KEYS@example.com").orElseThrow().allowedGroups())
        .contains(second.id());
    assertThat(session.listKeys()).extracting(LiveUserKey::id).containsExactly(key.id());
    assertThat(session.deleteKey(key.id())).isEqualTo(DeleteOutcome.DELETED);
    assertThat(session.deleteKey(key.id())).isEqualTo(DeleteOutcome.ALREADY_GONE);
    assertThat(world.users.deleteUser(user.id())).isEqualTo(DeleteOutcome.DELETED);
  }

  @Test
  void a_key_for_a_subscription_group_without_a_subscription_is_group_not_allowed() {
    LiveGroup group = world.servedGroup("rm-sub", GroupType.SUBSCRIPTION, true, OK_KEY);
    world.newUser("rm-nosub@example.com");

    HostRejectedException rejected =
        catchThrowableOfType(
            HostRejectedException.class,
            () -> world.sessionOf("rm-nosub@example.com").createKey("k", group.id()));

    assertThat(rejected.hostCode()).isEqualTo("GROUP_NOT_ALLOWED");
  }

  @Test
  void zero_balance_in_a_standard_group_is_refused_until_balance_is_added() {
    LiveGroup group = world.servedGroup("rm-std", GroupType.STANDARD, false, OK_KEY);
    LiveUser user = world.newUser("rm-std@example.com");
    Secret key = world.sessionOf("rm-std@example.com").createKey("rm", group.id()).key();

    ModelListing before = world.gateway().listModels(key);
    LiveUser funded =
        world.users.addBalance(user.id(), new BigDecimal("5"), "rm", new IdempotencyKey("rm-t1"));
    ModelListing after = world.gateway().listModels(key);

    assertThat(before).isInstanceOf(ModelListing.Refused.class);
    GatewayRefusal refusal = ((ModelListing.Refused) before).refusal();
    assertThat(refusal.httpStatus()).isEqualTo(403);
    assertThat(refusal.code()).isEqualTo("INSUFFICIENT_BALANCE");
    assertThat(funded.balance()).isEqualByComparingTo("5");
    assertThat(after).isInstanceOf(ModelListing.Listed.class);
  }

  @Test
  void a_wrong_key_is_invalid_api_key() {
    ModelListing listing = world.gateway().listModels(Secret.of("sk-" + "0".repeat(64)));

    assertThat(((ModelListing.Refused) listing).refusal())
        .extracting(GatewayRefusal::httpStatus, GatewayRefusal::code)
        .containsExactly(401, "INVALID_API_KEY");
  }

  @Test
  void bulk_assignment_reports_the_unknown_user_as_failed() {
    LiveGroup group = world.servedGroup("rm-sub", GroupType.SUBSCRIPTION, true, OK_KEY);
    LiveUser user = world.newUser("rm-bulk@example.com");

    List<SubscriptionAssignment> assignments =
        world.users.bulkAssignSubscriptions(List.of(user.id(), 99_999L), group.id(), 30, "rm");

    assertThat(assignments)
        .extracting(SubscriptionAssignment::status)
        .containsExactly("created", "failed");
    assertThat(assignments.get(1).failure()).isPresent();
  }

  @Test
  void a_second_user_with_the_same_email_is_a_conflict() {
    world.newUser("rm-twice@example.com");

    assertThatThrownBy(() -> world.newUser("rm-twice@example.com"))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("EMAIL_EXISTS");
  }

  @Test
  void reassigning_with_other_notes_is_a_conflict() {
    LiveGroup group = world.servedGroup("rm-sub", GroupType.SUBSCRIPTION, true, OK_KEY);
    LiveUser user = world.newUser("rm-re@example.com");
    world.users.assignSubscription(user.id(), group.id(), 30, "rm");

    assertThatThrownBy(() -> world.users.assignSubscription(user.id(), group.id(), 30, "other"))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("SUBSCRIPTION_ASSIGN_CONFLICT");
  }

  @Test
  void the_provider_answers_an_ok_key_directly() {
    BaseUrl base = new BaseUrl(sim.upstreamBaseUrl("deepseek"));

    ChatAnswer answer =
        world.access.provider().chat(base, Secret.of("sk-sim-ok-direct-1"), AccessWorld.MODEL, 8);

    assertThat(answer).isInstanceOf(ChatAnswer.Completed.class);
  }

  @ParameterizedTest
  @CsvSource({
    "sk-sim-badauth-direct-1, 401, authentication_error",
    "sk-sim-noquota-direct-1, 402, unknown_error",
    "sk-sim-ratelimit-direct-1, 429, rate_limit_reached_error"
  })
  void the_provider_refusals_keep_status_type_and_text(String key, int status, String type) {
    BaseUrl base = new BaseUrl(sim.upstreamBaseUrl("deepseek"));

    ChatAnswer answer = world.access.provider().chat(base, Secret.of(key), AccessWorld.MODEL, 8);

    assertThat(answer).isInstanceOf(ChatAnswer.Refused.class);
    GatewayRefusal refusal = ((ChatAnswer.Refused) answer).refusal();
    assertThat(refusal.httpStatus()).isEqualTo(status);
    assertThat(refusal.code()).isEqualTo(type);
    assertThat(refusal.message()).isNotEmpty().doesNotContain(key);
  }

  @Test
  void backend_mode_refuses_the_user_login() {
    world.newUser("rm-backend@example.com");
    sim.settings(s -> s.backendModeEnabled = true);

    HostRejectedException rejected =
        catchThrowableOfType(
            HostRejectedException.class,
            () -> world.sessionOf("rm-backend@example.com").listKeys());

    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.AUTHENTICATION_FAILED);
    assertThat(rejected.hostCode()).isEqualTo("BACKEND_MODE_ADMIN_ONLY");
    assertThat(rejected.getMessage()).doesNotContain(AccessWorld.PASSWORD);
  }

  @Test
  void turnstile_refuses_the_user_login() {
    world.newUser("rm-turnstile@example.com");
    sim.settings(s -> s.turnstileEnabled = true);

    HostRejectedException rejected =
        catchThrowableOfType(
            HostRejectedException.class,
            () -> world.sessionOf("rm-turnstile@example.com").listKeys());

    assertThat(rejected.hostCode()).isEqualTo("TURNSTILE_VERIFICATION_FAILED");
  }
}
