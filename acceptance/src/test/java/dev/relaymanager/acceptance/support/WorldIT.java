package dev.relaymanager.acceptance.support;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of an IT that runs every test in a fresh world of type {@code W} over its own temporary
 * directory, closed after the test so that no simulated host outlives it.
 */
public abstract class WorldIT<W extends AutoCloseable> {
  @TempDir protected Path dir;
  protected W world;

  /** The world a test starts in, arranged over {@code dir}. */
  protected abstract W open(Path dir);

  @BeforeEach
  void openWorld() {
    world = open(dir);
  }

  @AfterEach
  void closeWorld() throws Exception {
    world.close();
  }
}
