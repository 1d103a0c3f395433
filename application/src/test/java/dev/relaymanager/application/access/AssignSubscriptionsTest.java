package dev.relaymanager.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.access.EmailAddress;
import dev.relaymanager.domain.access.LiveUser;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AssignSubscriptionsTest {
  private final AccessWorld world = new AccessWorld();

  @Test
  void a_failing_user_is_reported_and_the_others_are_still_assigned() {
    LiveUser ann = world.access.hostUsers().addUser("ann@example.com", "pw-ann-1", BigDecimal.ZERO);
    LiveUser bob = world.access.hostUsers().addUser("bob@example.com", "pw-bob-1", BigDecimal.ZERO);
    world.access.hostUsers().addSubscription(bob.id(), AccessWorld.SUB_GROUP, "active");
    LiveUser eve = world.access.hostUsers().addUser("eve@example.com", "pw-eve-1", BigDecimal.ZERO);
    world.access.hostUsers().refuseAssignmentsTo(eve.id(), "SUBSCRIPTION_ASSIGN_CONFLICT");

    AssignmentReport report =
        new AssignSubscriptions(world.sessions)
            .execute(
                new AssignSubscriptions.Command(
                    world.target,
                    emails(
                        "ann@example.com",
                        "bob@example.com",
                        "ghost@example.com",
                        "eve@example.com"),
                    OptionalInt.empty()));

    assertThat(report.users())
        .containsExactly(
            new UserAssignment("ann@example.com", "created", ""),
            new UserAssignment("bob@example.com", "reused", ""),
            new UserAssignment(
                "ghost@example.com", "failed", "no user with this email on the host"),
            new UserAssignment("eve@example.com", "failed", "SUBSCRIPTION_ASSIGN_CONFLICT"));
    assertThat(report.complete()).isFalse();
    assertThat(report.created()).isEqualTo(1);
    assertThat(report.reused()).isEqualTo(1);
    assertThat(report.failed()).isEqualTo(2);
    assertThat(report.validityDays()).isEqualTo(30);
    assertThat(world.access.hostUsers().findSubscriptions(ann.id(), AccessWorld.SUB_GROUP))
        .singleElement()
        .satisfies(s -> assertThat(s.isActive()).isTrue());
  }

  @Test
  void the_operators_validity_days_replace_the_packs() {
    world.access.hostUsers().addUser("ann@example.com", "pw-ann-1", BigDecimal.ZERO);

    AssignmentReport report =
        new AssignSubscriptions(world.sessions)
            .execute(
                new AssignSubscriptions.Command(
                    world.target, emails("ann@example.com"), OptionalInt.of(90)));

    assertThat(report.validityDays()).isEqualTo(90);
    assertThat(report.complete()).isTrue();
  }

  private static List<EmailAddress> emails(String... values) {
    return java.util.Arrays.stream(values)
        .map(EmailAddress::new)
        .collect(java.util.stream.Collectors.toList());
  }
}
