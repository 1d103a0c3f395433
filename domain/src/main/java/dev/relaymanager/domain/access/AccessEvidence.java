package dev.relaymanager.domain.access;

import dev.relaymanager.domain.shared.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one verification of a mode saw: the HTTP status of each gateway call ({@link #NOT_CALLED}
 * when the call was not made, 0 when it got no answer), whether the smoke model was listed and
 * after how many listings, the completion's finish reason, the host's error codes, and the latency
 * of the last call. Never a key.
 *
 * @param finishReason the completion's {@code finish_reason}, empty when there was none
 */
public record AccessEvidence(
    int modelsStatus,
    boolean smokeModelListed,
    int modelPolls,
    int chatStatus,
    String finishReason,
    int usageStatus,
    List<String> hostCodes,
    Duration latency) {
  /** The status of a call that was not made. */
  public static final int NOT_CALLED = -1;

  public AccessEvidence {
    Objects.requireNonNull(finishReason, "finishReason");
    Objects.requireNonNull(latency, "latency");
    hostCodes = List.copyOf(hostCodes);
    if (modelPolls < 0 || latency.isNegative()) {
      throw InvalidInputException.of("evidence", "polls and latency must not be negative");
    }
  }

  /** Evidence of a check that made no gateway call (e.g. the key is bound to another group). */
  public static AccessEvidence none() {
    return new AccessEvidence(
        NOT_CALLED, false, 0, NOT_CALLED, "", NOT_CALLED, List.of(), Duration.ZERO);
  }

  /** What the listing, its polls and the usage self-check showed; the chat was not called. */
  public static AccessEvidence ofListing(
      ModelListing listing, boolean smokeListed, int polls, UsageAnswer usage) {
    return new AccessEvidence(
        statusOf(listing),
        smokeListed,
        polls,
        NOT_CALLED,
        "",
        statusOf(usage),
        codes(refusalsOf(listing, usage)),
        latencyOf(listing));
  }

  /** This evidence with the completion's answer added. */
  public AccessEvidence withChat(ChatAnswer chat) {
    if (chat instanceof ChatAnswer.Completed) {
      ChatAnswer.Completed done = (ChatAnswer.Completed) chat;
      return new AccessEvidence(
          modelsStatus,
          smokeModelListed,
          modelPolls,
          200,
          done.finishReason(),
          usageStatus,
          hostCodes,
          done.latency());
    }
    ChatAnswer.Refused refused = (ChatAnswer.Refused) chat;
    List<String> all = new ArrayList<>(hostCodes);
    all.addAll(codes(List.of(refused.refusal())));
    return new AccessEvidence(
        modelsStatus,
        smokeModelListed,
        modelPolls,
        refused.refusal().httpStatus(),
        "",
        usageStatus,
        all,
        refused.latency());
  }

  private static int statusOf(ModelListing listing) {
    return listing instanceof ModelListing.Refused
        ? ((ModelListing.Refused) listing).refusal().httpStatus()
        : 200;
  }

  private static int statusOf(UsageAnswer usage) {
    return usage instanceof UsageAnswer.Refused
        ? ((UsageAnswer.Refused) usage).refusal().httpStatus()
        : 200;
  }

  private static Duration latencyOf(ModelListing listing) {
    return listing instanceof ModelListing.Refused
        ? ((ModelListing.Refused) listing).latency()
        : ((ModelListing.Listed) listing).latency();
  }

  private static List<GatewayRefusal> refusalsOf(ModelListing listing, UsageAnswer usage) {
    List<GatewayRefusal> refusals = new ArrayList<>();
    if (listing instanceof ModelListing.Refused) {
      refusals.add(((ModelListing.Refused) listing).refusal());
    }
    if (usage instanceof UsageAnswer.Refused) {
      refusals.add(((UsageAnswer.Refused) usage).refusal());
    }
    return refusals;
  }

  private static List<String> codes(List<GatewayRefusal> refusals) {
    List<String> codes = new ArrayList<>();
    for (GatewayRefusal refusal : refusals) {
      if (!refusal.code().isBlank() && !codes.contains(refusal.code())) {
        codes.add(refusal.code());
      }
    }
    return codes;
  }
}
