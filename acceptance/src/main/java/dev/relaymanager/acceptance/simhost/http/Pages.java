package dev.relaymanager.acceptance.simhost.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The host's pagination: {@code page}, {@code page_size} (alias {@code limit}), max 1000. */
public final class Pages {
  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 1000;

  private Pages() {}

  /** One page of the items as {@code {items,total,page,page_size,pages}}. */
  public static Map<String, Object> of(Req req, List<?> all) {
    int page = positive(req.query("page"), 1, Integer.MAX_VALUE, 1);
    String sizeText = req.query("page_size") != null ? req.query("page_size") : req.query("limit");
    int size = positive(sizeText, 1, MAX_SIZE, DEFAULT_SIZE);
    int total = all.size();
    int from = (int) Math.min((long) (page - 1) * size, total);
    int to = Math.min(from + size, total);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("items", all.subList(from, to));
    out.put("total", total);
    out.put("page", page);
    out.put("page_size", size);
    out.put("pages", Math.max(1, (total + size - 1) / size));
    return out;
  }

  /** A bounded positive integer; anything else silently becomes the default. */
  private static int positive(String text, int min, int max, int def) {
    if (text == null) {
      return def;
    }
    try {
      int v = Integer.parseInt(text.trim());
      return v < min || v > max ? def : v;
    } catch (NumberFormatException e) {
      return def;
    }
  }
}
