package dev.relaymanager.acceptance.simhost.gateway;

import dev.relaymanager.acceptance.simhost.http.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a completion into OpenAI stream chunks ending with {@code [DONE]}. */
final class Streams {
  private Streams() {}

  static String chunks(Json json, Map<String, Object> completion) {
    StringBuilder out = new StringBuilder();
    out.append(
        frame(json, chunk(completion, Map.of("role", "assistant", "content", "pong"), null)));
    Map<String, Object> last = chunk(completion, Map.of(), "stop");
    last.put("usage", completion.get("usage"));
    out.append(frame(json, last));
    out.append("data: [DONE]\n\n");
    return out.toString();
  }

  private static Map<String, Object> chunk(
      Map<String, Object> completion, Map<String, Object> delta, String finish) {
    Map<String, Object> choice = new LinkedHashMap<>();
    choice.put("index", 0);
    choice.put("delta", delta);
    choice.put("finish_reason", finish);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", completion.get("id"));
    m.put("object", "chat.completion.chunk");
    m.put("created", completion.get("created"));
    m.put("model", completion.get("model"));
    m.put("choices", List.of(choice));
    return m;
  }

  private static String frame(Json json, Map<String, Object> event) {
    return "data: " + json.write(event) + "\n\n";
  }
}
