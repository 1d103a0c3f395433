package dev.relaymanager.domain.port;

import dev.relaymanager.domain.host.Host;
import dev.relaymanager.domain.host.HostId;
import dev.relaymanager.domain.host.HostName;
import java.util.List;
import java.util.Optional;

/** Stores registered hosts. Each method is one transaction. */
public interface HostRepository {
  /**
   * Stores a new host.
   *
   * @throws dev.relaymanager.domain.shared.ConflictException if a host with the same name or id
   *     exists
   */
  void add(Host host);

  /**
   * Replaces the stored state of an existing host.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if no host has this id
   */
  void update(Host host);

  /** The host with this name, or empty. */
  Optional<Host> findByName(HostName name);

  /** The host with this id, or empty. */
  Optional<Host> findById(HostId id);

  /** All hosts, ordered by name; empty when none is registered. */
  List<Host> list();

  /**
   * Removes the host.
   *
   * @throws dev.relaymanager.domain.shared.NotFoundException if no host has this id
   * @throws dev.relaymanager.domain.shared.ConflictException if other records still refer to it
   */
  void remove(HostId id);
}
