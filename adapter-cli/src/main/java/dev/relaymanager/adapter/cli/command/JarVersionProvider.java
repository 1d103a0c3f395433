package dev.relaymanager.adapter.cli.command;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest ({@code Implementation-Version}). */
final class JarVersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = JarVersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"relay-manager " + (version == null ? "(development build)" : version)};
  }
}
