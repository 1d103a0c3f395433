package dev.relaymanager.domain.pack;

import dev.relaymanager.domain.pack.DocValues.Bound;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a provider's {@code account}, {@code group}, {@code channel}, {@code smoke} and {@code
 * source} sections, applying the documented defaults for whatever is left out.
 */
final class SettingsReader {
  private static final int MAX_CONCURRENCY = 100_000;
  private static final int MAX_PRIORITY = 1_000_000;

  private SettingsReader() {}

  static Optional<AccountSettings> account(DocObject provider) {
    AccountSettings d = AccountSettings.DEFAULT;
    Optional<DocObject> section = provider.object("account");
    if (section.isEmpty()) {
      return provider.has("account") ? Optional.empty() : Optional.of(d);
    }
    DocObject o = section.get().allowOnly(Set.of("concurrency", "priority", "rate_multiplier"));
    int concurrency = DocValues.integer(o, "concurrency", d.concurrency(), 0, MAX_CONCURRENCY);
    int priority = DocValues.integer(o, "priority", d.priority(), 0, MAX_PRIORITY);
    var rate = DocValues.optionalAmount(o, "rate_multiplier", Bound.POSITIVE);
    return o.build(
        () -> new AccountSettings(concurrency, priority, rate.orElse(d.rateMultiplier())));
  }

  static Optional<GroupSettings> group(DocObject provider) {
    GroupSettings d = GroupSettings.DEFAULT;
    Optional<DocObject> section = provider.object("group");
    if (section.isEmpty()) {
      return provider.has("group") ? Optional.empty() : Optional.of(d);
    }
    DocObject o =
        section.get().allowOnly(Set.of("rate_multiplier", "subscription", "self_service"));
    var rate = DocValues.optionalAmount(o, "rate_multiplier", Bound.POSITIVE);
    Optional<SubscriptionSettings> subscription = subscription(o);
    Optional<SelfServiceSettings> selfService = selfService(o);
    if (subscription.isEmpty() || selfService.isEmpty()) {
      return Optional.empty();
    }
    return o.build(
        () ->
            new GroupSettings(
                rate.orElse(d.rateMultiplier()), subscription.get(), selfService.get()));
  }

  static Optional<ChannelSettings> channel(DocObject provider) {
    ChannelSettings d = ChannelSettings.DEFAULT;
    Optional<DocObject> section = provider.object("channel");
    if (section.isEmpty()) {
      return provider.has("channel") ? Optional.empty() : Optional.of(d);
    }
    DocObject o = section.get().allowOnly(Set.of("billing_model_source", "restrict_models"));
    BillingModelSource source =
        o.optionalText("billing_model_source")
            .flatMap(text -> billingModelSource(o, text))
            .orElse(d.billingModelSource());
    boolean restrict = DocValues.flag(o, "restrict_models", d.restrictModels());
    return o.build(() -> new ChannelSettings(source, restrict));
  }

  static Optional<SmokeSettings> smoke(DocObject provider) {
    Optional<DocObject> section = provider.object("smoke");
    if (section.isEmpty()) {
      return provider.has("smoke") ? Optional.empty() : Optional.of(SmokeSettings.DEFAULT);
    }
    DocObject o = section.get().allowOnly(Set.of("max_tokens"));
    int maxTokens =
        DocValues.integer(
            o, "max_tokens", SmokeSettings.DEFAULT.maxTokens(), 1, SmokeSettings.MAX_TOKENS);
    return o.build(() -> new SmokeSettings(maxTokens));
  }

  static Optional<PackSource> source(DocObject provider) {
    Optional<DocObject> section = provider.requiredObject("source");
    if (section.isEmpty()) {
      return Optional.empty();
    }
    DocObject o = section.get().allowOnly(Set.of("url", "as_of"));
    Optional<String> url = o.requiredText("url");
    Optional<LocalDate> asOf = o.requiredText("as_of").flatMap(text -> date(o, text));
    if (url.isEmpty() || asOf.isEmpty()) {
      return Optional.empty();
    }
    return o.build(() -> new PackSource(url.get(), asOf.get()));
  }

  private static Optional<SubscriptionSettings> subscription(DocObject group) {
    SubscriptionSettings d = SubscriptionSettings.DEFAULT;
    Optional<DocObject> section = group.object("subscription");
    if (section.isEmpty()) {
      return group.has("subscription") ? Optional.empty() : Optional.of(d);
    }
    DocObject o =
        section
            .get()
            .allowOnly(
                Set.of(
                    "validity_days", "daily_limit_usd", "weekly_limit_usd", "monthly_limit_usd"));
    int days =
        DocValues.integer(
            o, "validity_days", d.validityDays(), 1, SubscriptionSettings.MAX_VALIDITY_DAYS);
    UsdLimit daily = DocValues.limit(o, "daily_limit_usd");
    UsdLimit weekly = DocValues.limit(o, "weekly_limit_usd");
    UsdLimit monthly = DocValues.limit(o, "monthly_limit_usd");
    return o.build(() -> new SubscriptionSettings(days, daily, weekly, monthly));
  }

  private static Optional<SelfServiceSettings> selfService(DocObject group) {
    Optional<DocObject> section = group.object("self_service");
    if (section.isEmpty()) {
      return group.has("self_service")
          ? Optional.empty()
          : Optional.of(SelfServiceSettings.DEFAULT);
    }
    DocObject o = section.get().allowOnly(Set.of("initial_balance_usd"));
    var balance = DocValues.optionalAmount(o, "initial_balance_usd", Bound.NON_NEGATIVE);
    return o.build(
        () ->
            new SelfServiceSettings(
                balance.orElse(SelfServiceSettings.DEFAULT.initialBalanceUsd())));
  }

  private static Optional<BillingModelSource> billingModelSource(DocObject o, String text) {
    return BillingModelSource.fromWireName(text)
        .or(
            () ->
                o.wrongType(
                    "billing_model_source", "must be one of requested, upstream, channel_mapped"));
  }

  private static Optional<LocalDate> date(DocObject o, String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return o.wrongType("as_of", "must be a date YYYY-MM-DD");
    }
  }
}
