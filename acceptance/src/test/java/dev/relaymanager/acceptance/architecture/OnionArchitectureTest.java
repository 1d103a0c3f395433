package dev.relaymanager.acceptance.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class OnionArchitectureTest {

  static final ArchRule ports_and_adapters_point_inwards =
      onionArchitecture()
          .domainModels(
              "dev.relaymanager.domain.shared..",
              "dev.relaymanager.domain.host..",
              "dev.relaymanager.domain.pack..",
              "dev.relaymanager.domain.provider..",
              "dev.relaymanager.domain.batch..",
              "dev.relaymanager.domain.access..",
              "dev.relaymanager.domain.reconcile..",
              "dev.relaymanager.domain.rollback..",
              "dev.relaymanager.domain.audit..")
          .domainServices("dev.relaymanager.domain.port..")
          .applicationServices("dev.relaymanager.application..")
          .adapter("sub2api", "dev.relaymanager.adapter.sub2api..")
          .adapter("sqlite", "dev.relaymanager.adapter.sqlite..")
          .adapter("http", "dev.relaymanager.adapter.http..")
          .adapter("cli", "dev.relaymanager.adapter.cli..")
          .withOptionalLayers(true)
          .ignoreDependency(resideInAPackage("dev.relaymanager.bootstrap.."), alwaysTrue())
          .because(
              "adapters never depend on each other; only bootstrap sees them all (STYLE §7.2)");

  @Test
  void ports_and_adapters_point_inwards() {
    ports_and_adapters_point_inwards.check(ProductionClasses.imported());
  }
}
