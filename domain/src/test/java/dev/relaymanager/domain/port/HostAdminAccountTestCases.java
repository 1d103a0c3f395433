package dev.relaymanager.domain.port;

import static dev.relaymanager.domain.port.HostDrafts.CHAT;
import static dev.relaymanager.domain.port.HostDrafts.FLASH;
import static dev.relaymanager.domain.port.HostDrafts.GOOD_KEY;
import static dev.relaymanager.domain.port.HostDrafts.aStandardGroup;
import static dev.relaymanager.domain.port.HostDrafts.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.provider.IdempotencyKey;
import dev.relaymanager.domain.shared.FailureClass;
import dev.relaymanager.domain.shared.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The account test cases of the {@link HostAdminContract} (contract §6). */
public interface HostAdminAccountTestCases extends HostAdminSubject {
  private long accountWith(Secret key) {
    long group = admin().createGroup(aStandardGroup("ct-group")).id();
    return admin()
        .createAccount(anAccount("ct-acc", key, List.of(group)), new IdempotencyKey("ct-1"))
        .id();
  }

  @Test
  default void a_working_key_passes_the_test_with_the_smoke_model() {
    long id = accountWith(GOOD_KEY);

    AccountTestOutcome outcome = admin().testAccount(id, FLASH);

    assertThat(outcome).isEqualTo(new AccountTestOutcome.Passed("deepseek-flash"));
  }

  @Test
  default void the_passed_test_names_the_upstream_model_the_mapping_chose() {
    long id = accountWith(GOOD_KEY);

    AccountTestOutcome outcome = admin().testAccount(id, CHAT);

    assertThat(outcome).isEqualTo(new AccountTestOutcome.Passed("deepseek-flash"));
  }

  @ParameterizedTest
  @CsvSource({
    "BAD_AUTH, UPSTREAM_AUTH_ERROR, 401",
    "NO_QUOTA, UPSTREAM_KEY_QUOTA, 402",
    "RATE_LIMITED, RATE_LIMITED, 429"
  })
  default void a_failing_key_fails_the_test_with_the_providers_reason_and_no_key(
      UpstreamAnswer answer, FailureClass expected, int status) {
    String key = keyAnswering(answer);
    long id = accountWith(Secret.of(key));

    AccountTestOutcome outcome = admin().testAccount(id, FLASH);

    assertThat(outcome).isInstanceOf(AccountTestOutcome.Failed.class);
    AccountTestOutcome.Failed failed = (AccountTestOutcome.Failed) outcome;
    assertThat(failed.failureClass()).isEqualTo(expected);
    assertThat(failed.upstreamStatus()).isEqualTo(status);
    assertThat(failed.hostMessage()).isNotBlank().doesNotContain(key);
  }
}
