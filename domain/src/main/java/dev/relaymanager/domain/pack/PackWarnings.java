package dev.relaymanager.domain.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds what a valid pack allows but some hosts handle badly, with the paths to look at. */
final class PackWarnings {
  // Older hosts append /v1/chat/completions to any base that does not end in /v1 (contract §10.4).
  private static final Pattern OTHER_VERSION_SUFFIX = Pattern.compile(".*/v(?!1$)\\d+$");

  private PackWarnings() {}

  static List<PackWarning> of(Pack pack) {
    List<PackWarning> warnings = new ArrayList<>();
    for (int i = 0; i < pack.providers().size(); i++) {
      ProviderSpec provider = pack.providers().get(i);
      String path = "providers[" + i + "]";
      baseUrl(provider, path, warnings);
      smokeBudget(provider, path, warnings);
      freeModels(provider, path, warnings);
    }
    return List.copyOf(warnings);
  }

  private static void baseUrl(ProviderSpec provider, String path, List<PackWarning> warnings) {
    String url = provider.baseUrl().value();
    if (provider.platform() == Platform.OPENAI && OTHER_VERSION_SUFFIX.matcher(url).matches()) {
      warnings.add(
          new PackWarning(
              path + ".base_url",
              "older sub2api builds turn this into "
                  + url
                  + "/v1/chat/completions; give the full"
                  + " "
                  + url
                  + "/chat/completions URL or a native platform (contract §10.4)"));
    }
  }

  private static void smokeBudget(ProviderSpec provider, String path, List<PackWarning> warnings) {
    if (provider.smoke().maxTokens() < SmokeSettings.RECOMMENDED_MIN_TOKENS) {
      warnings.add(
          new PackWarning(
              path + ".smoke.max_tokens",
              "below "
                  + SmokeSettings.RECOMMENDED_MIN_TOKENS
                  + ": a model that reasons by default"
                  + " may spend the whole budget thinking and return no answer"));
    }
  }

  private static void freeModels(ProviderSpec provider, String path, List<PackWarning> warnings) {
    for (int j = 0; j < provider.models().size(); j++) {
      Pricing pricing = provider.models().get(j).pricing();
      if (pricing.input().signum() == 0 && pricing.output().signum() == 0) {
        warnings.add(
            new PackWarning(
                path + ".models[" + j + "].pricing",
                "input and output are both 0: users will not be billed for this model"));
      }
    }
  }
}
