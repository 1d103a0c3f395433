package dev.relaymanager.adapter.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.relaymanager.domain.batch.FieldDiff;
import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.reconcile.Finding;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Converts reconcile findings to and from the snake_case JSON kept in {@code findings}. */
final class FindingsJson {
  private static final TypeReference<List<FindingDocument>> LIST = new TypeReference<>() {};

  private final ObjectMapper mapper =
      JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

  String write(List<Finding> findings) {
    try {
      return mapper.writeValueAsString(
          findings.stream().map(FindingsJson::document).collect(Collectors.toList()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records of strings and numbers are always JSON", e);
    }
  }

  List<Finding> read(String json) {
    try {
      return mapper.readValue(json, LIST).stream()
          .map(FindingsJson::finding)
          .collect(Collectors.toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored findings are not readable: " + e.getOriginalMessage());
    }
  }

  private static FindingDocument document(Finding f) {
    String reason = f instanceof Finding.Unhealthy ? ((Finding.Unhealthy) f).reason() : "";
    List<Long> extras =
        f instanceof Finding.Duplicate ? ((Finding.Duplicate) f).extraIds() : List.of();
    List<FindingDocument.Diff> diffs =
        f instanceof Finding.Changed
            ? ((Finding.Changed) f)
                .diffs().stream()
                    .map(d -> new FindingDocument.Diff(d.field(), d.desired(), d.live()))
                    .collect(Collectors.toList())
            : List.of();
    return new FindingDocument(
        f.code(),
        f.kind().wireName(),
        f.hostId(),
        f.object().name(),
        f.hint(),
        reason,
        extras,
        diffs);
  }

  private static Finding finding(FindingDocument d) {
    HostObjectKind kind = HostObjectKind.valueOf(d.kind().toUpperCase(Locale.ROOT));
    HostObjectRef ref = new HostObjectRef(kind, d.hostObjectId(), d.name());
    switch (d.code()) {
      case "missing":
        return new Finding.Missing(ref, d.hint());
      case "changed":
        List<FieldDiff> diffs =
            d.diffs().stream()
                .map(x -> new FieldDiff(x.field(), x.desired(), x.live()))
                .collect(Collectors.toList());
        return new Finding.Changed(ref, diffs, d.hint());
      case "orphaned":
        return new Finding.Orphaned(ref, d.hint());
      case "duplicate":
        return new Finding.Duplicate(ref, d.extraIds(), d.hint());
      case "unhealthy":
        return new Finding.Unhealthy(ref, d.reason(), d.hint());
      default:
        throw new IllegalStateException("unknown stored finding " + d.code());
    }
  }
}
