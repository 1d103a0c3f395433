package dev.relaymanager.domain.port;

import dev.relaymanager.domain.access.ChatAnswer;
import dev.relaymanager.domain.access.GatewayRefusal;
import dev.relaymanager.domain.access.ModelListing;
import dev.relaymanager.domain.access.UsageAnswer;
import dev.relaymanager.domain.pack.ModelId;
import dev.relaymanager.domain.shared.Secret;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link HostGateway} answering as the test scripts it, for every key or for one key. Listings
 * are a sequence (the last answer repeats), to script a cache that fills after some polls.
 * Unscripted keys get the host's 401 {@code INVALID_API_KEY}.
 */
public final class ScriptedHostGateway implements HostGateway {
  private static final String ANY = "*";

  private final Map<String, Deque<ModelListing>> listings = new HashMap<>();
  private final Map<String, ChatAnswer> chats = new HashMap<>();
  private final Map<String, UsageAnswer> usages = new HashMap<>();
  private int listingCalls;
  private int chatCalls;
  private int lastMaxTokens;

  /** A refusal as the gateway sends it. */
  public static GatewayRefusal refusal(int status, String code) {
    return new GatewayRefusal(
        status, code, status == 0 ? "connection refused" : "refused: " + code);
  }

  public synchronized ScriptedHostGateway answerModels(ModelListing... answers) {
    listings.put(ANY, new ArrayDeque<>(Arrays.asList(answers)));
    return this;
  }

  public synchronized ScriptedHostGateway answerModelsFor(Secret key, ModelListing... answers) {
    listings.put(key.fingerprint().hex(), new ArrayDeque<>(Arrays.asList(answers)));
    return this;
  }

  public synchronized ScriptedHostGateway answerChat(ChatAnswer answer) {
    chats.put(ANY, answer);
    return this;
  }

  public synchronized ScriptedHostGateway answerUsage(UsageAnswer answer) {
    usages.put(ANY, answer);
    return this;
  }

  /** Every call of any key is refused with {@code refusal} (e.g. the host is down: status 0). */
  public synchronized ScriptedHostGateway refuseEverything(GatewayRefusal refusal) {
    answerModels(new ModelListing.Refused(refusal, Duration.ZERO));
    answerChat(new ChatAnswer.Refused(refusal, Duration.ZERO));
    return answerUsage(new UsageAnswer.Refused(refusal));
  }

  public synchronized int listingCalls() {
    return listingCalls;
  }

  public synchronized int chatCalls() {
    return chatCalls;
  }

  public synchronized int lastMaxTokens() {
    return lastMaxTokens;
  }

  @Override
  public synchronized ModelListing listModels(Secret userKey) {
    listingCalls++;
    Deque<ModelListing> answers = listings.get(scriptOf(userKey, listings));
    if (answers == null) {
      return new ModelListing.Refused(unknownKey(), Duration.ZERO);
    }
    return answers.size() > 1 ? answers.poll() : answers.peek();
  }

  @Override
  public synchronized ChatAnswer chat(Secret userKey, ModelId model, int maxTokens) {
    chatCalls++;
    lastMaxTokens = maxTokens;
    return chats.getOrDefault(
        scriptOf(userKey, chats), new ChatAnswer.Refused(unknownKey(), Duration.ZERO));
  }

  @Override
  public synchronized UsageAnswer usage(Secret userKey) {
    return usages.getOrDefault(scriptOf(userKey, usages), new UsageAnswer.Refused(unknownKey()));
  }

  private static String scriptOf(Secret key, Map<String, ?> scripts) {
    String own = key.fingerprint().hex();
    return scripts.containsKey(own) ? own : ANY;
  }

  private static GatewayRefusal unknownKey() {
    return refusal(401, "INVALID_API_KEY");
  }
}
