package dev.relaymanager.application.access;

import static dev.relaymanager.application.access.AccessWorld.PROBE_EMAIL;
import static dev.relaymanager.application.access.AccessWorld.PROBE_PASSWORD;
import static dev.relaymanager.application.access.AccessWorld.SELF_GROUP;
import static dev.relaymanager.application.access.AccessWorld.SUB_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.access.LiveUser;
import dev.relaymanager.domain.access.ProbeNames;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CloseAccessTest {
  private final AccessWorld world = new AccessWorld();

  @Test
  void subscription_mode_creates_the_probe_user_once_and_reuses_everything_after() {
    CloseAccess close = world.closeAccess();
    CloseAccess.Command command = new CloseAccess.Command(world.target, ImportMode.SUBSCRIPTION);

    ClosedAccess first = close.execute(command);
    ClosedAccess second = close.execute(command);

    assertThat(first.setup().actions())
        .containsExactly("probe user created", "subscription assigned", "key created");
    assertThat(second.setup().actions())
        .containsExactly("probe user reused", "subscription reused", "key reused");
    assertThat(second.key().sameAs(first.key())).isTrue();
    assertThat(world.access.hostUsers().usersCreated()).isEqualTo(1);
    assertThat(world.access.hostUsers().subscriptions()).hasSize(1);
    LiveUser user = world.access.hostUsers().findUserByEmail(PROBE_EMAIL).get();
    assertThat(user.notes()).isEqualTo(ProbeNames.USER_NOTES);
    assertThat(first.setup().keyName()).isEqualTo("rm-cn-core-deepseek-sub-probe");
    assertThat(first.setup().groupId()).isEqualTo(SUB_GROUP);
  }

  @Test
  void self_service_raises_the_balance_only_when_below_and_grants_the_exclusive_group() {
    world.access.hostUsers().addUser(PROBE_EMAIL, PROBE_PASSWORD, new BigDecimal("1.25"));
    CloseAccess close = world.closeAccess();
    CloseAccess.Command command = new CloseAccess.Command(world.target, ImportMode.SELF_SERVICE);

    ClosedAccess first = close.execute(command);
    ClosedAccess second = close.execute(command);

    assertThat(first.setup().actions())
        .containsExactly(
            "probe user reused",
            "balance raised by 3.75 USD",
            "group 12 added to the allowed groups",
            "key created");
    assertThat(second.setup().actions())
        .containsExactly("probe user reused", "balance sufficient", "key reused");
    assertThat(world.access.hostUsers().balanceAdds()).containsExactly(new BigDecimal("3.75"));
    LiveUser user = world.access.hostUsers().findUserByEmail(PROBE_EMAIL).get();
    assertThat(user.balance()).isEqualByComparingTo("5");
    assertThat(user.allowedGroups()).containsExactly(SELF_GROUP);
  }

  @Test
  void a_key_bound_to_another_group_is_rebound_through_the_admin_api() {
    LiveUser user =
        world.access.hostUsers().addUser(PROBE_EMAIL, PROBE_PASSWORD, new BigDecimal("9"));
    world.access.hostUsers().addKey(user.id(), "rm-cn-core-deepseek-self-probe", 0);

    ClosedAccess closed =
        world.closeAccess().execute(new CloseAccess.Command(world.target, ImportMode.SELF_SERVICE));

    assertThat(closed.setup().actions()).contains("key rebound to group 12");
    assertThat(world.access.hostUsers().listUserKeys(user.id()))
        .singleElement()
        .satisfies(k -> assertThat(k.groupId()).isEqualTo(SELF_GROUP));
  }

  @Test
  void a_host_that_refuses_user_logins_asks_for_an_operator_key() {
    world.access.refuseLogins("BACKEND_MODE_ADMIN_ONLY");

    assertThatThrownBy(
            () ->
                world
                    .closeAccess()
                    .execute(new CloseAccess.Command(world.target, ImportMode.SUBSCRIPTION)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("BACKEND_MODE_ADMIN_ONLY")
        .hasMessageContaining("--key-file or --key-env");
  }

  @Test
  void the_result_never_shows_the_key_or_the_password() {
    ClosedAccess closed =
        world.closeAccess().execute(new CloseAccess.Command(world.target, ImportMode.SUBSCRIPTION));

    assertThat(closed.toString()).doesNotContain("sk-").doesNotContain(PROBE_PASSWORD);
    assertThat(closed.setup().toString()).doesNotContain("sk-").doesNotContain(PROBE_PASSWORD);
    assertThat(closed.setup().keyFingerprint()).isEqualTo(closed.key().fingerprint().shortForm());
  }
}
