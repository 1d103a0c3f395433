package dev.relaymanager.acceptance.simhost.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in model lists a host falls back to when no account has a mapping (§10.2). */
public final class DefaultModels {
  /** OpenAI default ids (GPT), which CN providers reject. */
  public static final List<String> OPENAI = List.of("gpt-5.1", "gpt-5.1-codex", "gpt-4o");

  /** Claude default ids for the other platforms. */
  public static final List<String> CLAUDE =
      List.of("claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5");

  private DefaultModels() {}

  /** The fallback ids for a group platform. */
  public static List<String> forPlatform(String platform) {
    return Platforms.openaiCompatible(platform) ? OPENAI : CLAUDE;
  }

  /** A model item as the mapping-based list returns it. */
  public static Map<String, Object> mappedItem(String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("type", "model");
    m.put("display_name", id);
    m.put("created_at", "2024-01-01T00:00:00Z");
    return m;
  }

  /** A model item of the OpenAI default list. */
  public static Map<String, Object> openaiItem(String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("object", "model");
    m.put("created", 1_735_689_600L);
    m.put("owned_by", "openai");
    m.put("type", "model");
    m.put("display_name", id);
    return m;
  }
}
