package dev.relaymanager.adapter.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.List;

/** A check's host error codes as the JSON array of strings kept in {@code host_codes}. */
final class HostCodesJson {
  private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {};

  private final ObjectMapper mapper = JsonMapper.builder().build();

  String write(List<String> codes) {
    try {
      return mapper.writeValueAsString(codes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings is always JSON", e);
    }
  }

  List<String> read(String json) {
    try {
      return mapper.readValue(json, TEXTS);
    } catch (JsonProcessingException e) {
      throw InvalidInputException.of(
          "db", "stored host codes are not readable: " + e.getOriginalMessage());
    }
  }
}
