package dev.relaymanager.adapter.http.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.relaymanager.domain.shared.Violation;
import java.util.List;

/**
 * Describes why a request body could not be read as JSON, without echoing any of the body (it may
 * hold secrets), which is why Jackson's own messages are not used.
 */
final class JsonBodyProblems {

  Problem of(JsonProcessingException e, String instance) {
    if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
      JsonMappingException mapping = (JsonMappingException) e;
      Violation violation = new Violation(pathOf(mapping), messageOf(mapping));
      return Problem.of(
          ProblemType.INVALID_INPUT, 400, violation.toString(), instance, List.of(violation));
    }
    return Problem.of(ProblemType.MALFORMED_JSON, detailOf(e), instance);
  }

  private static String detailOf(JsonProcessingException e) {
    if (e instanceof JsonMappingException) {
      return "the request body must be a JSON object";
    }
    JsonLocation location = e.getLocation();
    return location == null
        ? "the request body is not valid JSON"
        : "the request body is not valid JSON (line "
            + location.getLineNr()
            + ", column "
            + location.getColumnNr()
            + ")";
  }

  private static String messageOf(JsonMappingException e) {
    return e instanceof UnrecognizedPropertyException
        ? "is not a known field"
        : "has the wrong type or form";
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
