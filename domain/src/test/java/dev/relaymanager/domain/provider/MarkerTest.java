package dev.relaymanager.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.ProviderName;
import org.junit.jupiter.api.Test;

class MarkerTest {
  private static final Marker GROUP_MARKER =
      Marker.of(ProviderFixtures.CN_CORE, new ProviderName("deepseek"), ProviderFixtures.BATCH);

  @Test
  void a_marker_is_formatted_as_the_contract_shows() {
    Marker account = GROUP_MARKER.forKey(ProviderFixtures.KEY_A.fingerprint());

    String text = account.text();

    assertThat(GROUP_MARKER.text())
        .isEqualTo("[relay-manager] pack=cn-core@1.0.0 provider=deepseek batch=b-1");
    assertThat(text)
        .isEqualTo(GROUP_MARKER.text() + " key=" + ProviderFixtures.KEY_A.fingerprint().shortForm())
        .doesNotContain(ProviderFixtures.KEY_A_TEXT);
  }

  @Test
  void a_marker_parses_back_even_with_text_around_it() {
    Marker account = GROUP_MARKER.forKey(ProviderFixtures.KEY_A.fingerprint());

    var parsed = Marker.parse("imported for ops. " + account.text() + " ");

    assertThat(parsed).contains(account);
    assertThat(Marker.parse(GROUP_MARKER.text()))
        .get()
        .extracting(Marker::key)
        .isEqualTo(java.util.Optional.empty());
  }

  @Test
  void text_without_a_valid_marker_parses_to_nothing() {
    var none = Marker.parse("hand made account");

    assertThat(none).isEmpty();
    assertThat(Marker.parse("[relay-manager] pack=cn-core provider=deepseek batch=b-1")).isEmpty();
    assertThat(Marker.parse("[relay-manager] pack=cn-core@1.0.0 provider=deepseek")).isEmpty();
    assertThat(Marker.parse(GROUP_MARKER.text() + " key=XYZ")).isEmpty();
  }

  @Test
  void a_marker_names_its_provider_in_any_pack_version() {
    Marker newer =
        Marker.parse("[relay-manager] pack=cn-core@2.0.0 provider=deepseek batch=b-9")
            .orElseThrow();

    boolean same = newer.names(new PackName("cn-core"), new ProviderName("deepseek"));

    assertThat(same).isTrue();
    assertThat(newer.names(new PackName("cn"), new ProviderName("deepseek"))).isFalse();
  }
}
