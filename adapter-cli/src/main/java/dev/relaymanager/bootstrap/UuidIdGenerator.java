package dev.relaymanager.bootstrap;

import dev.relaymanager.domain.port.IdGenerator;
import java.util.UUID;

/** Makes random version-4 UUIDs as ids. */
public final class UuidIdGenerator implements IdGenerator {
  @Override
  public String newId() {
    return UUID.randomUUID().toString();
  }
}
