package dev.relaymanager.application.pack;

import static dev.relaymanager.domain.pack.InstalledPackFixtures.anInstalledPack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relaymanager.domain.port.InMemoryPackRepository;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShowPackTest {
  private final InMemoryPackRepository packs = new InMemoryPackRepository();
  private final ShowPack showPack = new ShowPack(packs);

  @BeforeEach
  void install() {
    packs.add(anInstalledPack("cn-core", "1.0.0"));
    packs.add(anInstalledPack("cn-core", "1.2.0"));
  }

  @Test
  void a_name_shows_the_latest_installed_version() {
    PackView view = showPack.execute("cn-core");

    assertThat(view.version()).isEqualTo("1.2.0");
  }

  @Test
  void a_name_and_version_shows_exactly_that_version() {
    PackView view = showPack.execute("cn-core@1.0.0");

    assertThat(view.version()).isEqualTo("1.0.0");
    assertThat(view.source()).isEqualTo("/srv/packs/cn-core.yaml");
  }

  @Test
  void the_view_lists_providers_models_prices_and_smoke_model() {
    PackView view = showPack.execute("cn-core@1.0.0");

    ProviderView zhipu = view.providers().get(1);
    assertThat(zhipu.name()).isEqualTo("zhipu");
    assertThat(zhipu.platform()).isEqualTo("openai");
    assertThat(zhipu.baseUrl()).isEqualTo("https://open.bigmodel.cn/api/paas/v4/chat/completions");
    assertThat(zhipu.smokeTestModel()).isEqualTo("glm-5.3-flash");
    assertThat(zhipu.smokeMaxTokens()).isEqualTo(2048);
    ModelView flash = zhipu.models().get(0);
    assertThat(flash.input()).isEqualByComparingTo(new BigDecimal("0.15"));
    assertThat(flash.output()).isEqualByComparingTo(new BigDecimal("0.5"));
    assertThat(flash.cacheRead()).isEqualByComparingTo(new BigDecimal("0.03"));
    assertThat(flash.cacheWrite()).isNull();
    assertThat(view.warnings()).isEmpty();
  }

  @Test
  void an_unknown_pack_or_version_is_not_found() {
    assertThatThrownBy(() -> showPack.execute("eu-core")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> showPack.execute("cn-core@9.9.9"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("cn-core@9.9.9");
  }

  @Test
  void a_malformed_reference_is_invalid_input() {
    assertThatThrownBy(() -> showPack.execute("CN Core")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> showPack.execute("cn-core@latest"))
        .isInstanceOf(InvalidInputException.class);
  }
}
