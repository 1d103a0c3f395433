package dev.relaymanager.domain.access;

import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.provider.AccountTestOutcome;
import dev.relaymanager.domain.shared.FailureClass;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns what the gateway (and, on a 502, the provider) answered into a verdict, one failure class
 * per failed check. A listing without the smoke model is {@code model_not_listed}; a listing is
 * never enough for readiness, the completion decides.
 */
public final class AccessJudge {
  private AccessJudge() {}

  /** Whether {@code listing} lists {@code smokeModel}. */
  public static boolean lists(ModelListing listing, ModelId smokeModel) {
    return listing instanceof ModelListing.Listed
        && ((ModelListing.Listed) listing).modelIds().contains(smokeModel.value());
  }

  /**
   * The failure of the model listing after {@code polls} listings, or empty when it lists the smoke
   * model and the completion should be tried.
   */
  public static Optional<Verdict.Failed> judgeListing(
      ModelListing listing, ModelId smokeModel, int polls) {
    if (listing instanceof ModelListing.Refused) {
      return Optional.of(refused("GET /v1/models", ((ModelListing.Refused) listing).refusal()));
    }
    if (lists(listing, smokeModel)) {
      return Optional.empty();
    }
    return Optional.of(
        new Verdict.Failed(
            FailureClass.MODEL_NOT_LISTED,
            "",
            "GET /v1/models did not list "
                + smokeModel
                + " in "
                + polls
                + " listing(s); it listed "
                + ((ModelListing.Listed) listing).modelIds()));
  }

  /** Whether the completion's failure can only be judged with the provider's own answer. */
  public static boolean needsComparison(ChatAnswer chat) {
    return chat instanceof ChatAnswer.Refused
        && GatewayRefusalClassifier.needsComparison(((ChatAnswer.Refused) chat).refusal());
  }

  /**
   * The verdict of the completion: a completion (also one cut off by {@code max_tokens}) is ready;
   * a refusal is classified, a 502 by {@code comparison}: the provider answering directly means the
   * host is at fault ({@code host_compatibility_gap}), the provider failing means its own class.
   */
  public static Verdict judgeChat(ChatAnswer chat, UpstreamComparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    if (chat instanceof ChatAnswer.Completed) {
      return new Verdict.Ready();
    }
    GatewayRefusal refusal = ((ChatAnswer.Refused) chat).refusal();
    Verdict.Failed gateway = refused("POST /v1/chat/completions", refusal);
    if (gateway.failureClass() != FailureClass.UPSTREAM_ERROR) {
      return gateway;
    }
    return compared(gateway, comparison);
  }

  private static Verdict.Failed compared(Verdict.Failed gateway, UpstreamComparison comparison) {
    if (comparison instanceof UpstreamComparison.Direct) {
      ChatAnswer direct = ((UpstreamComparison.Direct) comparison).answer();
      if (direct instanceof ChatAnswer.Completed) {
        return gap(gateway, "the provider answered the same request directly");
      }
      GatewayRefusal answer = ((ChatAnswer.Refused) direct).refusal();
      UpstreamFailure failure =
          UpstreamErrorClassifier.classify(
              "status " + answer.httpStatus() + ": " + answer.code() + " " + answer.message());
      return provider(gateway, failure.failureClass(), "directly: " + failure.message());
    }
    if (comparison instanceof UpstreamComparison.AccountTest) {
      AccountTestOutcome outcome = ((UpstreamComparison.AccountTest) comparison).outcome();
      if (outcome.passed()) {
        return gap(gateway, "the host's account test passed");
      }
      AccountTestOutcome.Failed failed = (AccountTestOutcome.Failed) outcome;
      return provider(
          gateway, failed.failureClass(), "in the account test: " + failed.hostMessage());
    }
    return gateway;
  }

  private static Verdict.Failed gap(Verdict.Failed gateway, String why) {
    return new Verdict.Failed(
        FailureClass.HOST_COMPATIBILITY_GAP, gateway.hostCode(), gateway.detail() + "; but " + why);
  }

  private static Verdict.Failed provider(
      Verdict.Failed gateway, FailureClass failureClass, String answer) {
    return new Verdict.Failed(
        failureClass, gateway.hostCode(), gateway.detail() + "; the provider answered " + answer);
  }

  private static Verdict.Failed refused(String call, GatewayRefusal refusal) {
    String answer =
        refusal.httpStatus() == 0
            ? call + " got no answer"
            : call + " answered " + refusal.httpStatus();
    String message = refusal.message().isBlank() ? "" : ": " + refusal.message();
    return new Verdict.Failed(
        GatewayRefusalClassifier.classify(refusal), refusal.code(), answer + message);
  }
}
