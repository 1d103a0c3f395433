package dev.relaymanager.adapter.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.KeyFingerprint;
import java.util.List;
import java.util.stream.Collectors;

/** A batch's key fingerprints as the JSON array of hex strings kept in {@code fingerprints}. */
final class FingerprintsJson {
  private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {};

  private final ObjectMapper mapper = JsonMapper.builder().build();

  String write(List<KeyFingerprint> fingerprints) {
    List<String> hex = fingerprints.stream().map(KeyFingerprint::hex).collect(Collectors.toList());
    try {
      return mapper.writeValueAsString(hex);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings is always JSON", e);
    }
  }

  List<KeyFingerprint> read(String json) {
    try {
      return mapper.readValue(json, TEXTS).stream()
          .map(KeyFingerprint::new)
          .collect(Collectors.toList());
    } catch (JsonProcessingException e) {
      throw InvalidInputException.of(
          "db", "stored batch fingerprints are not readable: " + e.getOriginalMessage());
    }
  }
}
