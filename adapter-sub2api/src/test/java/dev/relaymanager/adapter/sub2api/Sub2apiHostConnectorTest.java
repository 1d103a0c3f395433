package dev.relaymanager.adapter.sub2api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.host.AdminCredentials;
import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.host.HostAccess;
import dev.relaymanager.domain.shared.Secret;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class Sub2apiHostConnectorTest {
  private final Sub2apiHostConnector connector =
      new Sub2apiHostConnector(Sub2apiSettings.defaults(), Clock.systemUTC());

  @Test
  void one_http_client_serves_every_session_on_the_same_base_url() {
    BaseUrl url = new BaseUrl("http://127.0.0.1:1");

    boolean same = connector.client(url) == connector.client(new BaseUrl("http://127.0.0.1:1/"));

    assertThat(same).isTrue();
    assertThat(connector.client(url))
        .isNotSameAs(connector.client(new BaseUrl("http://127.0.0.1:2")));
  }

  @Test
  void connecting_does_no_io_and_prints_no_secret() {
    HostAccess access =
        new HostAccess(
            TestSessions.HOST_ID,
            new BaseUrl("http://127.0.0.1:1"),
            new AdminCredentials.ApiKey(Secret.of(TestSessions.ADMIN_KEY)));

    Sub2apiHostAdmin admin = connector.connect(access);

    assertThat(admin.toString()).contains("h1").doesNotContain(TestSessions.ADMIN_KEY);
  }
}
