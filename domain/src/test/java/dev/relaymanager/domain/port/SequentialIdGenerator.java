package dev.relaymanager.domain.port;

import java.util.concurrent.atomic.AtomicLong;

/** An {@link IdGenerator} that counts: {@code id-1}, {@code id-2}, ... */
public final class SequentialIdGenerator implements IdGenerator {
  private final AtomicLong next = new AtomicLong(1);

  @Override
  public String newId() {
    return "id-" + next.getAndIncrement();
  }
}
