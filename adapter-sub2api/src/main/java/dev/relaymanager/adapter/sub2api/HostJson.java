package dev.relaymanager.adapter.sub2api;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.relaymanager.adapter.sub2api.wire.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON side of one connector: a snake_case mapper that reads host answers leniently (unknown
 * fields ignored, missing optional fields null) and writes decimals plain, and the types to read
 * them as.
 */
final class HostJson {
  private final ObjectMapper mapper;

  HostJson() {
    this.mapper =
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Per-token prices such as 2.7E-7 are sent as 0.00000027: plain decimals, exact.
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** {@code body} as JSON text. */
  String write(Object body) {
    try {
      return mapper.writeValueAsString(body);
    } catch (IOException e) {
      // Request bodies are the adapter's own records; failing to write one is a bug here.
      throw new UncheckedIOException("cannot serialize " + body.getClass().getSimpleName(), e);
    }
  }

  JavaType type(Class<?> type) {
    return mapper.getTypeFactory().constructType(type);
  }

  /** {@code Page<item>}, for {@link AdminApi#getAll}. */
  JavaType pageOf(JavaType item) {
    return mapper.getTypeFactory().constructParametricType(Page.class, item);
  }

  JavaType listOf(JavaType item) {
    return mapper.getTypeFactory().constructCollectionType(List.class, item);
  }
}
