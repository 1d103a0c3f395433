package dev.relaymanager.application.pack;

import dev.relaymanager.domain.pack.ProviderSpec;
import java.util.List;
import java.util.stream.Collectors;

/** One provider of a pack as shown to operators: where it is, what it offers, how it is tested. */
public record ProviderView(
    String name,
    String displayName,
    String platform,
    String baseUrl,
    String smokeTestModel,
    int smokeMaxTokens,
    List<ModelView> models,
    String sourceUrl,
    String sourceAsOf) {
  public ProviderView {
    models = List.copyOf(models);
  }

  static ProviderView of(ProviderSpec provider) {
    return new ProviderView(
        provider.name().value(),
        provider.displayName(),
        provider.platform().wireName(),
        provider.baseUrl().value(),
        provider.smokeTestModel().value(),
        provider.smoke().maxTokens(),
        provider.models().stream().map(ModelView::of).collect(Collectors.toList()),
        provider.source().url(),
        provider.source().asOf().toString());
  }
}
