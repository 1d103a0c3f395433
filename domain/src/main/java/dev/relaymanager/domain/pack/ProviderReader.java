package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.host.BaseUrl;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads one entry of a pack's {@code providers} list. */
final class ProviderReader {
  private static final Set<String> FIELDS =
      Set.of(
          "name",
          "display_name",
          "platform",
          "base_url",
          "smoke_test_model",
          "models",
          "account",
          "group",
          "channel",
          "smoke",
          "source");
  private static final String PLATFORMS =
      Arrays.stream(Platform.values()).map(Platform::wireName).collect(Collectors.joining(", "));

  private ProviderReader() {}

  static Optional<ProviderSpec> read(DocObject p) {
    p.allowOnly(FIELDS);
    Optional<ProviderName> name = p.requiredValue("name", ProviderName::new);
    Optional<String> displayName = displayName(p);
    Optional<Platform> platform =
        p.has("platform")
            ? p.requiredText("platform").flatMap(t -> platform(p, t))
            : Optional.of(Platform.DEFAULT);
    Optional<BaseUrl> baseUrl = p.requiredValue("base_url", BaseUrl::new);
    ModelsReader models = ModelsReader.read(p);
    Optional<ModelId> smokeModel =
        p.requiredValue("smoke_test_model", ModelId::new).flatMap(id -> offered(p, id, models));
    Optional<AccountSettings> account = SettingsReader.account(p);
    Optional<GroupSettings> group = SettingsReader.group(p);
    Optional<ChannelSettings> channel = SettingsReader.channel(p);
    Optional<SmokeSettings> smoke = SettingsReader.smoke(p);
    Optional<PackSource> source = SettingsReader.source(p);
    Optional<List<ModelOffer>> offers = models.offers();
    boolean complete =
        Stream.of(
                name,
                displayName,
                platform,
                baseUrl,
                smokeModel,
                offers,
                account,
                group,
                channel,
                smoke,
                source)
            .allMatch(Optional::isPresent);
    if (!complete) {
      return Optional.empty();
    }
    return p.build(
        () ->
            new ProviderSpec(
                name.get(),
                displayName.get(),
                platform.get(),
                baseUrl.get(),
                smokeModel.get(),
                offers.get(),
                account.get(),
                group.get(),
                channel.get(),
                smoke.get(),
                source.get()));
  }

  private static Optional<String> displayName(DocObject p) {
    return p.requiredText("display_name")
        .flatMap(
            text ->
                text.length() <= ProviderSpec.MAX_DISPLAY_NAME
                    ? Optional.of(text)
                    : p.wrongType(
                        "display_name",
                        "must be at most " + ProviderSpec.MAX_DISPLAY_NAME + " characters"));
  }

  private static Optional<Platform> platform(DocObject p, String text) {
    String hint =
        text.equals("qwen")
            ? " (sub2api has no qwen platform: use openai with the DashScope compatible-mode URL)"
            : "";
    return Platform.fromWireName(text)
        .or(() -> p.wrongType("platform", "must be one of " + PLATFORMS + hint));
  }

  private static Optional<ModelId> offered(DocObject p, ModelId id, ModelsReader models) {
    List<ModelId> ids = models.ids();
    if (ids.isEmpty() || ids.contains(id)) {
      return Optional.of(id);
    }
    String list = ids.stream().map(ModelId::value).distinct().collect(Collectors.joining(", "));
    return p.wrongType("smoke_test_model", "must be one of the provider's models (" + list + ")");
  }
}
