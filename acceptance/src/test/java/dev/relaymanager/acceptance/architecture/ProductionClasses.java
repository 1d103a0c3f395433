package dev.relaymanager.acceptance.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The product's classes: no test classes, no shared test-jar fixtures, and not the simulated host,
 * which is a test double that lives beside the product. Imported once per test JVM.
 */
public final class ProductionClasses implements ImportOption {
  private static final class Holder {
    private static final JavaClasses CLASSES =
        new ClassFileImporter()
            .withImportOption(new ProductionClasses())
            .importPackages("dev.relaymanager");
  }

  /** Every production class of the relay manager. */
  public static JavaClasses imported() {
    return Holder.CLASSES;
  }

  @Override
  public boolean includes(Location location) {
    return !location.contains("/test-classes/")
        && !location.contains("-tests.jar")
        && !location.contains("dev/relaymanager/acceptance/");
  }
}
