package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.relaymanager.adapter.sub2api.wire.ChatChoice;
import dev.relaymanager.adapter.sub2api.wire.ChatCompletion;
import dev.relaymanager.adapter.sub2api.wire.KeyUsage;
import dev.relaymanager.adapter.sub2api.wire.ModelList;
import dev.relaymanager.adapter.sub2api.wire.ProviderStatus;
import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.access.GatewayRefusal;
import dev.relaymanager.domain.access.ModelListing;
import dev.relaymanager.domain.access.UsageAnswer;
import dev.relaymanager.domain.shared.Secret;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns bearer-key answers into the domain's answers; every message is masked for the key sent. A
 * 2xx that does not say what it should is refused as {@code invalid_response}.
 */
final class GatewayReader {
  static final String INVALID_RESPONSE = "invalid_response";

  private final ObjectMapper json;

  GatewayReader(ObjectMapper json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /** Only {@code data[].id} is read, trimmed and de-duplicated in order (contract §10.2). */
  ModelListing models(BearerReply call, Secret key) {
    Optional<GatewayRefusal> refused = refusal(call, key);
    if (refused.isPresent()) {
      return new ModelListing.Refused(refused.get(), call.latency());
    }
    HostReply reply = ((BearerReply.Answered) call).reply();
    JsonNode data = read(reply, ModelList.class).map(ModelList::data).orElse(null);
    if (data == null || !data.isArray()) {
      return new ModelListing.Refused(invalid(reply, "its data is not a list"), call.latency());
    }
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode item : data) {
      String id = item.path("id").isTextual() ? item.path("id").asText().strip() : "";
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return new ModelListing.Listed(List.copyOf(ids), call.latency());
  }

  /** A completion needs {@code choices}; MiniMax may refuse inside a 200 ({@code base_resp}). */
  ChatAnswer chat(BearerReply call, String requestedModel, Secret key) {
    Optional<GatewayRefusal> refused = refusal(call, key);
    if (refused.isPresent()) {
      return new ChatAnswer.Refused(refused.get(), call.latency());
    }
    HostReply reply = ((BearerReply.Answered) call).reply();
    Optional<ChatCompletion> completion = read(reply, ChatCompletion.class);
    List<ChatChoice> choices =
        completion.map(ChatCompletion::choices).map(WireValues::list).orElse(List.of());
    if (choices.isEmpty() || choices.get(0) == null) {
      return new ChatAnswer.Refused(noChoices(reply, completion, key), call.latency());
    }
    Optional<String> model = completion.map(ChatCompletion::model).filter(m -> !m.isBlank());
    return new ChatAnswer.Completed(
        model.orElse(requestedModel),
        WireValues.text(choices.get(0).finishReason()),
        call.latency());
  }

  UsageAnswer usage(BearerReply call, Secret key) {
    Optional<GatewayRefusal> refused = refusal(call, key);
    if (refused.isPresent()) {
      return new UsageAnswer.Refused(refused.get());
    }
    HostReply reply = ((BearerReply.Answered) call).reply();
    Optional<KeyUsage> usage = read(reply, KeyUsage.class);
    if (usage.isEmpty()) {
      return new UsageAnswer.Refused(invalid(reply, "it is not a usage summary"));
    }
    JsonNode remaining = usage.get().remaining();
    String left =
        remaining != null && remaining.isValueNode() && !remaining.isNull()
            ? remaining.asText()
            : "";
    return new UsageAnswer.Described(
        WireValues.text(usage.get().mode()), Boolean.TRUE.equals(usage.get().isValid()), left);
  }

  private Optional<GatewayRefusal> refusal(BearerReply call, Secret key) {
    if (call instanceof BearerReply.Unanswered) {
      return Optional.of(((BearerReply.Unanswered) call).refusal());
    }
    HostReply reply = ((BearerReply.Answered) call).reply();
    if (reply.successful()) {
      return Optional.empty();
    }
    GatewayRefusal refusal = GatewayErrors.refusal(json, reply);
    String message = Masking.mask(refusal.message(), key.reveal());
    return Optional.of(new GatewayRefusal(refusal.httpStatus(), refusal.code(), message));
  }

  private GatewayRefusal noChoices(
      HostReply reply, Optional<ChatCompletion> completion, Secret key) {
    Optional<ProviderStatus> status = completion.map(ChatCompletion::baseResp);
    if (status.isPresent() && status.get().statusCode() != null && status.get().statusCode() != 0) {
      String message = Masking.mask(WireValues.text(status.get().statusMsg()), key.reveal());
      return new GatewayRefusal(reply.status(), status.get().statusCode().toString(), message);
    }
    return invalid(reply, "it carried no choices");
  }

  private static GatewayRefusal invalid(HostReply reply, String why) {
    return new GatewayRefusal(
        reply.status(), INVALID_RESPONSE, "the answer was not usable: " + why);
  }

  private <T> Optional<T> read(HostReply reply, Class<T> type) {
    try {
      JsonNode tree = reply.body().isBlank() ? null : json.readTree(reply.body());
      return tree == null || !tree.isObject()
          ? Optional.empty()
          : Optional.ofNullable(json.treeToValue(tree, type));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
