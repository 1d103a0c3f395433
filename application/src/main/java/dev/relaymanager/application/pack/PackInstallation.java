package dev.relaymanager.application.pack;

import dev.relaymanager.domain.pack.PackWarning;
import java.util.List;

/**
 * The result of installing a pack: {@code installed} when it was stored now, {@code
 * already_installed} when the same version with the same content was stored before (nothing was
 * written then).
 */
public record PackInstallation(String status, PackSummary pack, List<PackWarning> warnings) {
  public static final String INSTALLED = "installed";
  public static final String ALREADY_INSTALLED = "already_installed";

  public PackInstallation {
    warnings = List.copyOf(warnings);
  }
}
