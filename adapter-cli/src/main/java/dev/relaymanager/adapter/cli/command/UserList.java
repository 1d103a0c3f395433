package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import dev.relaymanager.domain.access.EmailAddress;
import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.Violations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The users of {@code --users E,...} or {@code --users-file FILE}, every bad email reported. */
final class UserList {
  private UserList() {}

  static List<EmailAddress> read(CommandContext context, String users, String usersFile) {
    if ((users == null) == (usersFile == null)) {
      throw InvalidInputException.of("users", "give either --users or --users-file");
    }
    List<String> texts =
        users != null ? Arrays.asList(users.split(",")) : lines(context, usersFile);
    List<String> emails =
        texts.stream()
            .map(String::strip)
            .filter(t -> !t.isEmpty() && !t.startsWith("#"))
            .collect(Collectors.toList());
    Violations violations = new Violations();
    emails.forEach(e -> violations.check(() -> new EmailAddress(e)));
    violations.throwIfAny();
    List<EmailAddress> parsed = new ArrayList<>();
    emails.forEach(e -> parsed.add(new EmailAddress(e)));
    return parsed;
  }

  private static List<String> lines(CommandContext context, String file) {
    Path path = context.runtime().workingDirectory().resolve(file).normalize();
    try {
      return Files.readAllLines(path);
    } catch (IOException e) {
      throw InvalidInputException.of("users_file", path + " cannot be read");
    }
  }
}
