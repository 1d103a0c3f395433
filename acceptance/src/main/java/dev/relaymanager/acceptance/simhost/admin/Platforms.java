package dev.relaymanager.acceptance.simhost.admin;

import dev.relaymanager.acceptance.simhost.state.Knobs;
import java.util.ArrayList;
import java.util.List;

/** The platform enum the host build accepts (contract §4). */
public final class Platforms {
  private Platforms() {}

  /** Group {@code platform} {@code oneof} values for the given knobs. */
  public static List<String> accepted(Knobs knobs) {
    List<String> out =
        new ArrayList<>(
            List.of("anthropic", "openai", "gemini", "antigravity", "grok", "composite"));
    if (knobs.nativeCnPlatforms) {
      out.addAll(List.of("kimi", "zhipu", "deepseek"));
      if (knobs.minimaxPlatform) {
        out.add("minimax");
      }
    }
    return out;
  }

  /** True for the native CN platforms. */
  public static boolean nativeCn(String platform) {
    return List.of("kimi", "zhipu", "deepseek", "minimax").contains(platform);
  }

  /** True when the platform goes through the OpenAI gateway (chat completions). */
  public static boolean openaiCompatible(String platform) {
    return "openai".equals(platform) || "grok".equals(platform) || nativeCn(platform);
  }
}
