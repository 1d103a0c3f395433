package dev.relaymanager.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.relaymanager.domain.pack.PackDocument;
import dev.relaymanager.domain.pack.PackValidation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps docs/pack.schema.json true: the built-in pack and every example pass both the published
 * schema and the manager's validator, and packs the validator refuses are refused by the schema.
 */
class PackSchemaTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String MINIMAL =
      """
      schema: relay-manager.pack/v1
      name: minimal
      version: 0.1.0
      description: One model.
      providers:
        - name: deepseek
          display_name: DeepSeek
          base_url: https://api.deepseek.com
          smoke_test_model: deepseek-flash
          models:
            - id: deepseek-flash
              pricing: {input: 0.30, output: 1.20}
          source: {url: "https://api-docs.deepseek.com", as_of: "2026-11-01"}
      """;

  private final YamlPackDocumentReader reader = new YamlPackDocumentReader();
  private final ObjectMapper mapper = JsonMapperFactory.create();
  private final JsonSchema schema = schema();

  static Stream<Path> shippedPacks() throws IOException {
    try (Stream<Path> examples = Files.list(ROOT.resolve("examples/packs"))) {
      List<Path> files = examples.sorted().collect(Collectors.toList());
      assertThat(files).isNotEmpty();
      return Stream.concat(
          Stream.of(ROOT.resolve("application/src/main/resources/packs/cn-core.yaml")),
          files.stream());
    }
  }

  @ParameterizedTest
  @MethodSource("shippedPacks")
  void shipped_packs_pass_the_schema_and_the_validator(Path file) throws IOException {
    Object tree = reader.read(Files.readString(file));

    Set<ValidationMessage> schemaErrors = schema.validate(mapper.valueToTree(tree));
    PackValidation validation = PackDocument.validate(tree);

    assertThat(schemaErrors).isEmpty();
    assertThat(validation.isValid()).as(validation.toString()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "schema: relay-manager.pack/v1|schema: relay-manager.pack/v2",
        "name: minimal|name: Minimal Pack",
        "version: 0.1.0|version: '1.0'",
        "input: 0.30|input: -0.30",
        "display_name: DeepSeek|display_name: DeepSeek\n    colour: blue",
        "base_url: https://api.deepseek.com|base_url: 42",
        "  - name: deepseek|  - name: deep_seek",
        "pricing: {input: 0.30, output: 1.20}|pricing: {input: 0.30}",
        "description: One model.|description: ''",
      })
  void a_pack_the_validator_refuses_is_refused_by_the_schema(String edit) {
    String[] parts = edit.split("\\|", 2);
    assertThat(MINIMAL).contains(parts[0]);
    Object tree = reader.read(MINIMAL.replace(parts[0], parts[1]));

    Set<ValidationMessage> schemaErrors = schema.validate(mapper.valueToTree(tree));
    PackValidation validation = PackDocument.validate(tree);

    assertThat(validation.isValid()).isFalse();
    assertThat(schemaErrors).isNotEmpty();
  }

  @Test
  void the_unedited_base_pack_is_valid_for_both() {
    Object tree = reader.read(MINIMAL);

    assertThat(schema.validate(mapper.valueToTree(tree))).isEmpty();
    assertThat(PackDocument.validate(tree).isValid()).isTrue();
  }

  private JsonNode schemaDocument() {
    try {
      return mapper.readTree(Files.readString(ROOT.resolve("docs/pack.schema.json")));
    } catch (IOException e) {
      throw new IllegalStateException("docs/pack.schema.json must be readable", e);
    }
  }

  private JsonSchema schema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(schemaDocument());
  }
}
