package dev.relaymanager.domain.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Secret;
import dev.relaymanager.domain.shared.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyListTest {
  @Test
  void keys_are_read_one_per_line_skipping_blanks_and_comments_and_collapsing_duplicates() {
    String text = "\uFEFF# deepseek keys\r\n  sk-one  \n\nsk-two\n# sk-commented\nsk-one\n";

    KeyList keys = KeyList.parse(text);

    assertThat(keys.fingerprints())
        .containsExactly(Secret.of("sk-one").fingerprint(), Secret.of("sk-two").fingerprint());
    assertThat(keys.duplicatesCollapsed()).isEqualTo(1);
    assertThat(keys.toString()).doesNotContain("sk-one");
  }

  @Test
  void bad_lines_are_reported_by_number_without_the_key() {
    String text = "sk-good\nsk-has space-inside\nsk-tab\there\nsk-bell\u0007x\nsk-ünicode\n";

    InvalidInputException refusal =
        catchThrowableOfType(InvalidInputException.class, () -> KeyList.parse(text));

    assertThat(refusal.violations())
        .extracting(Violation::path)
        .containsExactly("keys:2", "keys:3", "keys:4", "keys:5");
    assertThat(refusal.getMessage())
        .doesNotContain("sk-has", "space-inside", "here", "sk-bell", "ünicode");
  }

  @Test
  void a_file_without_keys_is_refused() {
    String text = "# nothing here\n\n";

    InvalidInputException refusal =
        catchThrowableOfType(InvalidInputException.class, () -> KeyList.parse(text));

    assertThat(refusal.violations()).extracting(Violation::path).containsExactly("keys");
  }

  @Test
  void keys_given_as_a_list_collapse_duplicates_too() {
    List<Secret> given = List.of(Secret.of("sk-a"), Secret.of("sk-a"), Secret.of("sk-b"));

    KeyList keys = KeyList.of(given);

    assertThat(keys.size()).isEqualTo(2);
    assertThat(keys.duplicatesCollapsed()).isEqualTo(1);
  }
}
