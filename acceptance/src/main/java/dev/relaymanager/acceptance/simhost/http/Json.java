package dev.relaymanager.acceptance.simhost.http;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.LinkedHashMap;
import java.util.Map;

/** The host's one JSON mapper: snake_case fields, maps for request bodies. */
public final class Json {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP =
      new TypeReference<LinkedHashMap<String, Object>>() {};
  private final ObjectMapper mapper;

  /** Creates a mapper for one simulated host. */
  public Json() {
    mapper = new ObjectMapper();
    mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
    mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY);
  }

  /** Serializes an object (rows via their public fields, records via their components). */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + value.getClass(), e);
    }
  }

  /** Parses a JSON object, or answers 400 as gin's binder does. */
  public Map<String, Object> parseObject(String text) {
    if (text == null || text.isBlank()) {
      throw SimError.bad("Invalid request: EOF");
    }
    try {
      Map<String, Object> map = mapper.readValue(text, MAP);
      return map == null ? new LinkedHashMap<>() : map;
    } catch (JsonProcessingException e) {
      throw SimError.bad("Invalid request: invalid character in JSON body");
    }
  }

  /** A row or record as a mutable snake_case map. */
  public Map<String, Object> toMap(Object row) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.putAll(mapper.convertValue(row, MAP));
    return m;
  }

  /** Applies raw JSON field changes to a row, bypassing all validation (drift injection). */
  public void patch(Object row, String patchJson) {
    try {
      mapper.readerForUpdating(row).readValue(patchJson);
    } catch (JsonProcessingException e) {
      throw SimError.bad("Invalid patch: " + e.getOriginalMessage());
    }
  }

  /** Applies JSON field changes to a row, ignoring unknown fields (settings updates). */
  public void patchLenient(Object row, String patchJson) {
    try {
      mapper
          .readerForUpdating(row)
          .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(patchJson);
    } catch (JsonProcessingException e) {
      throw SimError.bad("Invalid request: " + e.getOriginalMessage());
    }
  }

  /** Reads a whole row from JSON, bypassing validation. */
  public <T> T read(String text, Class<T> type) {
    try {
      return mapper.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw SimError.bad("Invalid row: " + e.getOriginalMessage());
    }
  }
}
