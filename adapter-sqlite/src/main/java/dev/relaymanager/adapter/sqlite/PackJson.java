package dev.relaymanager.adapter.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.Map;

/**
 * Writes a pack's normalized document tree as JSON and reads it back as the generic tree the pack
 * validator reads; decimals stay exact in both directions.
 */
final class PackJson {
  private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {};

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  String write(Map<String, Object> document) {
    try {
      return mapper.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a pack document is maps, lists, text and numbers", e);
    }
  }

  Map<String, Object> read(String json) {
    try {
      return mapper.readValue(json, TREE);
    } catch (JsonProcessingException e) {
      throw InvalidInputException.of(
          "db", "a stored pack document is not readable: " + e.getOriginalMessage());
    }
  }
}
