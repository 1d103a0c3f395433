package dev.relaymanager.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.access.EmailAddress;
import dev.relaymanager.domain.access.ProbeUser;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.shared.NotFoundException;
import dev.relaymanager.domain.shared.SecretReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ProbeUserRepository} must do; the fake and each real adapter extend it. */
public abstract class ProbeUserRepositoryContract {
  private static final HostId H1 = new HostId("h-1");
  private static final HostId H2 = new HostId("h-2");

  private ProbeUserRepository probeUsers;

  /**
   * A new repository without probe users, in a store that holds {@link StorageFixtures#hosts()} and
   * refuses probe users of any other host.
   */
  protected abstract ProbeUserRepository newRepository();

  @BeforeEach
  final void createRepository() {
    probeUsers = newRepository();
  }

  @Test
  void a_saved_probe_user_is_found_with_its_email_and_password_reference() {
    ProbeUser user = aProbeUser(H1, "probe@example.com", "env:PROBE_PW");

    probeUsers.save(user);

    assertThat(probeUsers.find(H1)).contains(user);
  }

  @Test
  void saving_again_replaces_the_email_and_the_password_reference() {
    probeUsers.save(aProbeUser(H1, "probe@example.com", "env:PROBE_PW"));
    ProbeUser changed = aProbeUser(H1, "other-probe@example.org", "file:/run/secrets/probe pw");

    probeUsers.save(changed);

    assertThat(probeUsers.find(H1)).contains(changed);
  }

  @Test
  void each_host_keeps_its_own_probe_user() {
    ProbeUser first = aProbeUser(H1, "probe@example.com", "env:PROBE_PW");
    ProbeUser second = aProbeUser(H2, "probe@example.com", "env:STAGING_PROBE_PW");

    probeUsers.save(first);
    probeUsers.save(second);

    assertThat(probeUsers.find(H1)).contains(first);
    assertThat(probeUsers.find(H2)).contains(second);
  }

  @Test
  void a_host_without_a_probe_user_has_none() {
    probeUsers.save(aProbeUser(H1, "probe@example.com", "env:PROBE_PW"));

    assertThat(probeUsers.find(H2)).isEmpty();
    assertThat(probeUsers.find(new HostId("h-9"))).isEmpty();
  }

  @Test
  void a_probe_user_of_an_unregistered_host_is_not_found_and_not_stored() {
    HostId unregistered = new HostId("h-9");

    assertThatThrownBy(
            () -> probeUsers.save(aProbeUser(unregistered, "probe@example.com", "env:PW")))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.identifier()).isEqualTo("h-9"));

    assertThat(probeUsers.find(unregistered)).isEmpty();
  }

  @Test
  void a_removed_probe_user_is_no_longer_found_and_the_others_stay() {
    ProbeUser kept = aProbeUser(H2, "probe@example.com", "env:STAGING_PROBE_PW");
    probeUsers.save(aProbeUser(H1, "probe@example.com", "env:PROBE_PW"));
    probeUsers.save(kept);

    probeUsers.remove(H1);

    assertThat(probeUsers.find(H1)).isEmpty();
    assertThat(probeUsers.find(H2)).contains(kept);
  }

  @Test
  void removing_a_probe_user_that_is_not_set_does_nothing() {
    probeUsers.remove(H1);
    probeUsers.remove(new HostId("h-9"));

    assertThat(probeUsers.find(H1)).isEmpty();
  }

  private static ProbeUser aProbeUser(HostId host, String email, String passwordRef) {
    return new ProbeUser(
        host, new EmailAddress(email), SecretReference.parse("password_ref", passwordRef));
  }
}
