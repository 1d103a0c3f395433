package dev.relaymanager.adapter.cli.command;

import dev.relaymanager.adapter.cli.CommandContext;
import java.lang.reflect.Constructor;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates commands that take a {@link CommandContext}; anything else the default way. */
final class CommandFactory implements IFactory {
  private final CommandContext context;

  CommandFactory(CommandContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      Class<?>[] parameters = constructor.getParameterTypes();
      if (parameters.length == 1 && parameters[0] == CommandContext.class) {
        return type.cast(constructor.newInstance(context));
      }
    }
    return CommandLine.defaultFactory().create(type);
  }
}
