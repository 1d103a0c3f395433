package dev.relaymanager.domain.batch;

import dev.relaymanager.domain.host.BaseUrl;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.provider.AccountDraft;
import dev.relaymanager.domain.provider.AccountShape;
import dev.relaymanager.domain.provider.LiveAccount;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a desired account with the host's, on what the host returns truthfully: platform, base
 * URL, model mapping, Responses mode, concurrency, priority and group bindings. Keys come back
 * redacted, notes carry the batch id, and the rate multiplier is not read back: none is compared.
 */
final class AccountComparison {
  private AccountComparison() {}

  static List<FieldDiff> diffs(AccountDraft desired, LiveAccount live) {
    return diffs(AccountShape.of(desired), live);
  }

  static List<FieldDiff> diffs(AccountShape desired, LiveAccount live) {
    Diffs diffs = new Diffs();
    diffs.text("platform", desired.platform().wireName(), live.platform());
    diffs.text("credentials.base_url", desired.baseUrl().value(), normalizedUrl(live.baseUrl()));
    diffs.mapping("credentials.model_mapping", asText(desired.modelMapping()), live.modelMapping());
    diffs.text("extra.openai_responses_mode", desired.responsesMode(), live.responsesMode());
    diffs.number("concurrency", desired.concurrency(), live.concurrency());
    diffs.number("priority", desired.priority(), live.priority());
    diffs.ids("group_ids", desired.groupIds(), live.groupIds());
    return diffs.list();
  }

  static Map<String, String> asText(Map<ModelId, ModelId> mapping) {
    Map<String, String> text = new LinkedHashMap<>();
    mapping.forEach((from, to) -> text.put(from.value(), to.value()));
    return text;
  }

  // The host stores the URL as sent; BaseUrl normalizes case and trailing slashes the same way.
  private static String normalizedUrl(String live) {
    try {
      return BaseUrl.parse("base_url", live).value();
    } catch (InvalidInputException e) {
      return live.strip();
    }
  }
}
