package dev.relaymanager.adapter.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.relaymanager.domain.host.HostCapabilities;
import dev.relaymanager.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Converts capabilities to and from the snake_case JSON kept in {@code probe_capabilities}. */
final class CapabilitiesJson {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          // Rows written by a newer version may carry capabilities this one does not know.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  String write(HostCapabilities capabilities) {
    CapabilitiesDocument document =
        new CapabilitiesDocument(
            capabilities.channels(),
            capabilities.subscriptions(),
            capabilities.paymentPlans(),
            capabilities.nativeCnRoutes(),
            List.copyOf(new TreeSet<>(capabilities.groupPlatforms())),
            capabilities.backendMode(),
            capabilities.ungroupedKeyScheduling(),
            capabilities.adminUserKeyCreation());
    try {
      return mapper.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record of booleans and strings is always JSON", e);
    }
  }

  HostCapabilities read(String json) {
    CapabilitiesDocument document;
    try {
      document = mapper.readValue(json, CapabilitiesDocument.class);
    } catch (JsonProcessingException e) {
      throw InvalidInputException.of(
          "db", "stored host capabilities are not readable: " + e.getOriginalMessage());
    }
    return new HostCapabilities(
        document.channels(),
        document.subscriptions(),
        document.paymentPlans(),
        document.nativeCnRoutes(),
        document.groupPlatforms() == null ? Set.of() : Set.copyOf(document.groupPlatforms()),
        document.backendMode(),
        document.ungroupedKeyScheduling(),
        document.adminUserKeyCreation());
  }
}
