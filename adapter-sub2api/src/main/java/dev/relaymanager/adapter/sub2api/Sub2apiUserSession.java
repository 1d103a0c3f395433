package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.relaymanager.adapter.sub2api.wire.KeyCreateRequest;
import dev.relaymanager.adapter.sub2api.wire.UserApiKey;
import dev.relaymanager.domain.access.LiveUserKey;
import dev.relaymanager.domain.port.UserSession;
import dev.relaymanager.domain.provider.DeleteOutcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A session as one ordinary user on a sub2api host: the user's own key routes under {@code
 * /api/v1/keys} with the user JWT (contract §9.3). Safe for use by several threads.
 */
public final class Sub2apiUserSession implements UserSession {
  static final String KEYS = "/api/v1/keys";

  private final AdminApi api;
  private final JavaType keyType;
  private final JavaType anything;

  Sub2apiUserSession(AdminApi api, HostJson json) {
    this.api = Objects.requireNonNull(api, "api");
    this.keyType = json.type(UserApiKey.class);
    this.anything = json.type(JsonNode.class);
  }

  @Override
  public List<LiveUserKey> listKeys() {
    List<UserApiKey> keys = value(api.getAll(KEYS, keyType));
    return keys.stream().map(AccessWireMapper::toLive).collect(Collectors.toList());
  }

  /** A refused binding is the host's 403 {@code GROUP_NOT_ALLOWED}, kept as its code. */
  @Override
  public LiveUserKey createKey(String name, long groupId) {
    HostOutcome<UserApiKey> outcome = api.post(KEYS, new KeyCreateRequest(name, groupId), keyType);
    return AccessWireMapper.toLive(value(outcome));
  }

  @Override
  public DeleteOutcome deleteKey(long keyId) {
    HostOutcome<JsonNode> outcome = api.delete(KEYS + "/" + keyId, anything);
    Optional<HostError> failure = outcome.failure();
    if (failure.isPresent() && !HostAnswers.notFound(failure.get())) {
      throw UserRefusals.session(failure.get());
    }
    return HostAnswers.deleted(outcome);
  }

  private static <T> T value(HostOutcome<T> outcome) {
    Optional<HostError> failure = outcome.failure();
    if (failure.isPresent()) {
      throw UserRefusals.session(failure.get());
    }
    return outcome.orThrow();
  }
}
