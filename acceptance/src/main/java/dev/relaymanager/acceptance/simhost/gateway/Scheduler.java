package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.http.SimError;
import dev.relaymanager.acceptance.simhost.state.AccountRow;
import dev.relaymanager.acceptance.simhost.state.ChannelRow;
import dev.relaymanager.acceptance.simhost.state.GroupRow;
import dev.relaymanager.acceptance.simhost.state.SimState;
import dev.relaymanager.acceptance.simhost.upstream.AccountUpstream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Account selection for a chat request, with the channel restriction and its errors (§1, §10). */
final class Scheduler {
  private final SimState state;
  private final Candidates candidates;
  private final ChannelLookup channels;

  Scheduler(SimState state, Candidates candidates, ChannelLookup channels) {
    this.state = state;
    this.candidates = candidates;
    this.channels = channels;
  }

  /** The accounts to try in order for {@code model} (already channel-mapped), never empty. */
  List<AccountRow> select(GroupRow group, String requested, String model) {
    Optional<ChannelRow> channel = channels.restricting(group);
    if (channel.isPresent() && state.knobs.restrictModelsHandler400) {
      if (!priced(group, requested)) {
        throw SimError.openai(
            400, "invalid_request_error", "model " + requested + " is not allowed in this group");
      }
      channel = Optional.empty();
    }
    List<AccountRow> out = candidates.serving(group, model);
    if (channel.isPresent()) {
      out = restrict(channel.get(), group, requested, model, out);
    }
    if (out.isEmpty()) {
      throw noAccount(group, model);
    }
    return out;
  }

  /** Keeps the accounts whose billing model the channel pricing lists. */
  private List<AccountRow> restrict(
      ChannelRow channel, GroupRow group, String requested, String model, List<AccountRow> in) {
    switch (channel.billingModelSource) {
      case "requested":
        return priced(group, requested) ? in : List.of();
      case "upstream":
        return in.stream()
            .filter(a -> priced(group, AccountUpstream.mapModel(a, model)))
            .collect(Collectors.toList());
      default:
        return priced(group, model) ? in : List.of();
    }
  }

  private boolean priced(GroupRow group, String model) {
    return channels.pricing(group, model).isPresent();
  }

  /** 404 when usable accounts exist but none maps the model (the channel ignored), else 503. */
  private SimError noAccount(GroupRow group, String model) {
    if (!state.knobs.modelNotFoundSplit) {
      return SimError.openai(503, "api_error", "No available accounts");
    }
    List<AccountRow> eligible = candidates.persistent(group);
    if (!eligible.isEmpty() && eligible.stream().noneMatch(a -> AccountUpstream.serves(a, model))) {
      return SimError.openai(
          404,
          "model_not_found",
          "Model \"" + model + "\" is not supported by any configured account in this group");
    }
    return SimError.openai(503, "api_error", "Service temporarily unavailable");
  }
}
