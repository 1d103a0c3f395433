package dev.relaymanager.bootstrap;

import dev.relaymanager.adapter.sqlite.JdbiProbeUserRepository;
import dev.relaymanager.adapter.sqlite.SqliteDatabase;
import dev.relaymanager.application.access.AccessAfterImport;
import dev.relaymanager.application.access.AccessSessions;
import dev.relaymanager.application.access.AccessTargets;
import dev.relaymanager.application.access.AssignSubscriptions;
import dev.relaymanager.application.access.CheckAccess;
import dev.relaymanager.application.access.CloseAccess;
import dev.relaymanager.application.access.ProbeUserObjects;
import dev.relaymanager.application.access.SetProbeUser;
import dev.relaymanager.application.imports.ImportAccess;
import dev.relaymanager.application.rollback.UserSideObjects;
import dev.relaymanager.domain.port.AccessClosureRepository;
import dev.relaymanager.domain.port.AccessConnector;
import dev.relaymanager.domain.port.ProbeUserRepository;
import dev.relaymanager.domain.port.SecretResolver;

/** The access use cases and the import's access step over one state file. */
public record AccessWiring(
    SetProbeUser setProbeUser,
    CheckAccess checkAccess,
    AssignSubscriptions assignSubscriptions,
    AccessTargets targets,
    ImportAccess importStep,
    UserSideObjects rollbackObjects) {

  static AccessWiring of(
      ImportWiring.Parts p,
      SqliteDatabase database,
      AccessConnector connector,
      SecretResolver secrets) {
    ProbeUserRepository probeUsers = new JdbiProbeUserRepository(database, p.clock());
    AccessClosureRepository closures = p.closures();
    AccessSessions sessions = new AccessSessions(p.sessions(), connector, probeUsers, secrets);
    CheckAccess check =
        new CheckAccess(sessions, probeUsers, closures, new SleepingPause(), p.clock());
    return new AccessWiring(
        new SetProbeUser(p.hosts(), probeUsers, secrets),
        check,
        new AssignSubscriptions(sessions),
        new AccessTargets(p.hosts(), p.providers(), p.packs()),
        new AccessAfterImport(new CloseAccess(sessions), check, probeUsers),
        new ProbeUserObjects(sessions));
  }
}
