package dev.relaymanager.application.pack;

import dev.relaymanager.domain.shared.InvalidInputException;
import dev.relaymanager.domain.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The packs shipped inside the manager's jar, addressed as {@code builtin:NAME} (e.g. {@code
 * builtin:cn-core}); returns their raw text, which is parsed like any other pack document.
 */
public final class BuiltinPacks {
  /** The prefix that marks a built-in pack reference. */
  public static final String SCHEME = "builtin:";

  private static final List<String> NAMES = List.of("cn-core");
  private static final String RESOURCE_DIRECTORY = "packs/";

  private final ClassLoader classLoader;

  public BuiltinPacks() {
    this(BuiltinPacks.class.getClassLoader());
  }

  /** Built-in packs read from {@code classLoader}'s {@code packs/NAME.yaml} resources. */
  public BuiltinPacks(ClassLoader classLoader) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
  }

  /** True when {@code reference} names a built-in pack rather than a file. */
  public static boolean isBuiltin(String reference) {
    return reference.startsWith(SCHEME);
  }

  /** Every built-in reference, e.g. {@code builtin:cn-core}. */
  public List<String> references() {
    return NAMES.stream().map(name -> SCHEME + name).toList();
  }

  /**
   * The YAML text of the built-in pack {@code reference}.
   *
   * @throws InvalidInputException if {@code reference} does not start with {@code builtin:}
   * @throws NotFoundException if no built-in pack has that name
   */
  public String text(String reference) {
    Objects.requireNonNull(reference, "reference");
    if (!isBuiltin(reference)) {
      throw InvalidInputException.of("pack", "a built-in pack is named builtin:NAME");
    }
    String name = reference.substring(SCHEME.length());
    if (!NAMES.contains(name)) {
      throw new NotFoundException("built-in pack", reference);
    }
    return read(RESOURCE_DIRECTORY + name + ".yaml", reference);
  }

  private String read(String resource, String reference) {
    try (InputStream in = classLoader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new NotFoundException("built-in pack", reference);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      // A resource inside our own jar that cannot be read is a broken build, not bad input.
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
