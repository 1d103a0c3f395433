package dev.relaymanager.domain.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relaymanager.domain.host.ResourcePrefix;
import dev.relaymanager.domain.pack.PackName;
import dev.relaymanager.domain.pack.ProviderName;
import org.junit.jupiter.api.Test;

class ManagedNamesTest {
  private static final ManagedNames DEEPSEEK =
      new ManagedNames(
          ResourcePrefix.DEFAULT, new PackName("cn-core"), new ProviderName("deepseek"));

  @Test
  void names_are_built_from_prefix_pack_provider_mode_and_key() {
    String fingerprint = ProviderFixtures.KEY_A.fingerprint().shortForm();

    assertThat(DEEPSEEK.group(ImportMode.SUBSCRIPTION)).isEqualTo("rm-cn-core-deepseek-sub");
    assertThat(DEEPSEEK.group(ImportMode.SELF_SERVICE)).isEqualTo("rm-cn-core-deepseek-self");
    assertThat(DEEPSEEK.channel()).isEqualTo("rm-cn-core-deepseek");
    assertThat(DEEPSEEK.account(ProviderFixtures.KEY_A.fingerprint()))
        .isEqualTo("rm-cn-core-deepseek-" + fingerprint);
  }

  @Test
  void the_fingerprint_is_read_back_from_an_account_name() {
    String name = DEEPSEEK.account(ProviderFixtures.KEY_A.fingerprint());

    assertThat(DEEPSEEK.shortFingerprintOf(name))
        .contains(ProviderFixtures.KEY_A.fingerprint().shortForm());
  }

  @Test
  void similar_names_are_not_read_as_ours() {
    String ours = DEEPSEEK.account(ProviderFixtures.KEY_A.fingerprint());

    assertThat(DEEPSEEK.shortFingerprintOf(ours + "-copy")).isEmpty();
    assertThat(DEEPSEEK.shortFingerprintOf("rm-cn-core-deepseek-sub")).isEmpty();
    assertThat(DEEPSEEK.shortFingerprintOf("rm-cn-core-deepseek-v2-" + "a".repeat(12))).isEmpty();
    assertThat(ManagedNames.bearsPrefix(ResourcePrefix.DEFAULT, "deepseek-default")).isFalse();
    assertThat(ManagedNames.bearsPrefix(ResourcePrefix.DEFAULT, ours)).isTrue();
  }

  @Test
  void the_longest_pack_and_provider_names_still_fit_the_host_limit() {
    ManagedNames longest =
        new ManagedNames(
            new ResourcePrefix("abcdefghijklmnop-"),
            new PackName("p".repeat(40)),
            new ProviderName("q".repeat(39) + "x"));

    String account = longest.account(ProviderFixtures.KEY_A.fingerprint());

    assertThat(account).hasSizeLessThanOrEqualTo(ManagedNames.MAX_NAME);
    assertThat(longest.group(ImportMode.SELF_SERVICE)).hasSizeLessThanOrEqualTo(100);
    assertThat(longest.stem()).startsWith("abcdefghijklmnop-ppp").matches(".*-[0-9a-f]{8}");
    assertThat(longest.shortFingerprintOf(account))
        .contains(ProviderFixtures.KEY_A.fingerprint().shortForm());
  }

  @Test
  void shortened_stems_of_different_providers_differ() {
    ManagedNames one =
        new ManagedNames(
            ResourcePrefix.DEFAULT, new PackName("p".repeat(40)), new ProviderName("a".repeat(40)));
    ManagedNames two =
        new ManagedNames(
            ResourcePrefix.DEFAULT,
            new PackName("p".repeat(40)),
            new ProviderName("a".repeat(39) + "b"));

    String first = one.stem();

    assertThat(first).isNotEqualTo(two.stem());
  }
}
