package dev.relaymanager.domain.reconcile;

import dev.relaymanager.domain.batch.HostObjectKind;
import dev.relaymanager.domain.batch.HostObjectRef;
import dev.relaymanager.domain.batch.LiveState;
import java.util.ArrayList;
import java.util.List;

/** A live host object with the free text where a marker would be (notes or description). */
record Candidate(HostObjectRef ref, String freeText) {
  /** Every object in {@code live}: groups, channels, then accounts. */
  static List<Candidate> all(LiveState live) {
    List<Candidate> all = new ArrayList<>();
    live.groups()
        .forEach(
            g ->
                all.add(
                    new Candidate(
                        new HostObjectRef(HostObjectKind.GROUP, g.id(), g.name()),
                        g.description())));
    live.channels()
        .forEach(
            c ->
                all.add(
                    new Candidate(
                        new HostObjectRef(HostObjectKind.CHANNEL, c.id(), c.name()),
                        c.description())));
    live.accounts()
        .forEach(
            a ->
                all.add(
                    new Candidate(
                        new HostObjectRef(HostObjectKind.ACCOUNT, a.id(), a.name()), a.notes())));
    return all;
  }

  String name() {
    return ref.name();
  }

  /** The key of the object on its host: ids are unique per kind only. */
  String key() {
    return key(ref.kind(), ref.id());
  }

  static String key(HostObjectKind kind, long id) {
    return kind + ":" + id;
  }
}
