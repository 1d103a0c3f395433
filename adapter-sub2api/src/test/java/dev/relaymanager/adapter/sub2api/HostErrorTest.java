package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.shared.HostRejectedException;
import dev.relaymanager.domain.shared.HostUnreachableException;
import dev.relaymanager.domain.shared.RelayException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostErrorTest {
  @Test
  void a_401_from_the_admin_middleware_is_an_authentication_failure() {
    HostError error = error(401, "INVALID_ADMIN_KEY", "", HostError.Shape.MIDDLEWARE);

    RelayException exception = error.toException();

    assertThat(exception).isInstanceOf(HostRejectedException.class);
    HostRejectedException rejected = (HostRejectedException) exception;
    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.AUTHENTICATION_FAILED);
    assertThat(rejected.httpStatus()).isEqualTo(401);
    assertThat(rejected.hostCode()).isEqualTo("INVALID_ADMIN_KEY");
  }

  @Test
  void a_403_from_the_admin_middleware_is_an_authentication_failure() {
    HostError error = error(403, "FORBIDDEN", "", HostError.Shape.MIDDLEWARE);

    HostRejectedException rejected = (HostRejectedException) error.toException();

    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.AUTHENTICATION_FAILED);
  }

  @Test
  void a_403_from_a_handler_is_a_plain_rejection() {
    HostError error = error(403, "403", "GROUP_NOT_ALLOWED", HostError.Shape.HANDLER);

    HostRejectedException rejected = (HostRejectedException) error.toException();

    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.REJECTED);
    assertThat(rejected.hostCode()).isEqualTo("GROUP_NOT_ALLOWED");
  }

  @Test
  void a_423_is_a_pending_compliance_acknowledgement() {
    HostError error = error(423, "ADMIN_COMPLIANCE_ACK_REQUIRED", "", HostError.Shape.MIDDLEWARE);

    HostRejectedException rejected = (HostRejectedException) error.toException();

    assertThat(rejected.reason()).isEqualTo(HostRejectedException.Reason.COMPLIANCE_ACK_REQUIRED);
    assertThat(rejected.hostCode()).isEqualTo("ADMIN_COMPLIANCE_ACK_REQUIRED");
    assertThat(rejected.getMessage()).contains("compliance");
  }

  @Test
  void an_unenveloped_503_means_the_host_behind_a_gateway_is_unreachable() {
    HostError error = error(503, "", "", HostError.Shape.UNENVELOPED);

    RelayException exception = error.toException();

    assertThat(exception).isInstanceOf(HostUnreachableException.class);
  }

  @Test
  void an_enveloped_503_is_a_rejection() {
    HostError error = error(503, "503", "SERVICE_UNAVAILABLE", HostError.Shape.HANDLER);

    RelayException exception = error.toException();

    assertThat(exception).isInstanceOf(HostRejectedException.class);
  }

  @Test
  void only_an_unenveloped_404_405_or_page_marks_a_missing_route() {
    HostError plain404 = error(404, "", "", HostError.Shape.UNENVELOPED);
    HostError spaPage = error(200, "", "", HostError.Shape.UNENVELOPED);
    HostError handler404 = error(404, "404", "ACCOUNT_NOT_FOUND", HostError.Shape.HANDLER);

    boolean[] missing = {
      plain404.routeMissing(), spaPage.routeMissing(), handler404.routeMissing()
    };

    assertThat(missing).containsExactly(true, true, false);
  }

  @Test
  void masking_hides_a_secret_the_host_echoed() {
    HostError error = error(401, "INVALID_ADMIN_KEY", "", HostError.Shape.MIDDLEWARE);

    HostError masked = error.masked(text -> Masking.mask(text, "admin-secret"));

    assertThat(masked.message()).isEqualTo("bad key ***");
    assertThat(masked.toException().getMessage()).doesNotContain("admin-secret");
  }

  private static HostError error(int status, String code, String reason, HostError.Shape shape) {
    return new HostError(status, code, reason, "bad key admin-secret", shape, Map.of(), "GET /x");
  }
}
