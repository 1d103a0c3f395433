package dev.relaymanager.domain.access;

import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.provider.ImportMode;
import dev.relaymanager.domain.shared.FailureClass;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Gateway answers and checks in the states the access tests need, named by scenario. */
public final class AccessFixtures {
  public static final Instant CHECKED_AT = Instant.parse("2026-11-21T10:00:00Z");
  public static final ModelId SMOKE = new ModelId("deepseek-flash");

  private AccessFixtures() {}

  /** The host lists the smoke model. */
  public static ModelListing aListingWithSmoke() {
    return new ModelListing.Listed(List.of("deepseek-flash", "deepseek-chat"), ms(20));
  }

  /** The host lists its default GPT models: no mapping reached the list. */
  public static ModelListing aListingWithoutSmoke() {
    return new ModelListing.Listed(List.of("gpt-5.4"), ms(20));
  }

  public static ModelListing aRefusedListing(int status, String code) {
    return new ModelListing.Refused(new GatewayRefusal(status, code, "refused"), ms(5));
  }

  public static ChatAnswer aCompletion(String finishReason) {
    return new ChatAnswer.Completed("deepseek-flash", finishReason, ms(300));
  }

  public static ChatAnswer aRefusedChat(int status, String code) {
    return new ChatAnswer.Refused(
        new GatewayRefusal(status, code, "Upstream request failed"), ms(9));
  }

  public static UsageAnswer aValidUsage() {
    return new UsageAnswer.Described("unrestricted", true, "5.00");
  }

  /** A ready check of {@code mode}. */
  public static AccessCheck aReadyCheck(ImportMode mode) {
    AccessEvidence evidence =
        AccessEvidence.ofListing(aListingWithSmoke(), true, 1, aValidUsage())
            .withChat(aCompletion("stop"));
    return new AccessCheck(mode, CHECKED_AT, evidence, new Verdict.Ready());
  }

  /** A check of {@code mode} that listed the smoke model but whose completion failed. */
  public static AccessCheck aModelsOnlyCheck(ImportMode mode) {
    AccessEvidence evidence =
        AccessEvidence.ofListing(aListingWithSmoke(), true, 1, aValidUsage())
            .withChat(aRefusedChat(503, "api_error"));
    return new AccessCheck(
        mode,
        CHECKED_AT,
        evidence,
        new Verdict.Failed(FailureClass.NO_AVAILABLE_ACCOUNT, "api_error", "503"));
  }

  /** A check of {@code mode} refused at the listing (no balance). */
  public static AccessCheck aBrokenCheck(ImportMode mode) {
    AccessEvidence evidence =
        AccessEvidence.ofListing(
            aRefusedListing(403, "INSUFFICIENT_BALANCE"), false, 1, aValidUsage());
    return new AccessCheck(
        mode,
        CHECKED_AT,
        evidence,
        new Verdict.Failed(FailureClass.ACCESS_NOT_CLOSED, "INSUFFICIENT_BALANCE", "403"));
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
