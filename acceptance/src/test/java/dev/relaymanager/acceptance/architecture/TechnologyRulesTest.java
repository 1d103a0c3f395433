package dev.relaymanager.acceptance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class TechnologyRulesTest {

  static final ArchRule jdbi_and_flyway_stay_in_the_sqlite_adapter =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.relaymanager.adapter.sqlite..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.jdbi..", "org.flywaydb..", "org.sqlite..")
          .because("persistence technology stays in its adapter (STYLE §7.4)");

  static final ArchRule javalin_stays_in_the_http_adapter =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.relaymanager.adapter.http..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.javalin..")
          .because("the web framework stays in its adapter (STYLE §7.4)");

  static final ArchRule picocli_stays_in_the_cli_adapter_and_its_entry_point =
      noClasses()
          .that()
          .resideOutsideOfPackages("dev.relaymanager.adapter.cli..", "dev.relaymanager.bootstrap..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("picocli..")
          .because("the command-line framework stays in its adapter (STYLE §7.4)");

  static final ArchRule the_jdk_http_client_stays_in_the_host_adapter =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.relaymanager.adapter.sub2api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net.http..")
          .because("only the host adapter talks HTTP to sub2api (STYLE §7.4)");

  static final ArchRule no_jackson_in_the_core =
      noClasses()
          .that()
          .resideInAnyPackage("dev.relaymanager.domain..", "dev.relaymanager.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml.jackson..")
          .because("JSON is a concern of the adapters (STYLE §7.4)");

  @Test
  void jdbi_and_flyway_stay_in_the_sqlite_adapter() {
    jdbi_and_flyway_stay_in_the_sqlite_adapter.check(ProductionClasses.imported());
  }

  @Test
  void javalin_stays_in_the_http_adapter() {
    javalin_stays_in_the_http_adapter.check(ProductionClasses.imported());
  }

  @Test
  void picocli_stays_in_the_cli_adapter_and_its_entry_point() {
    picocli_stays_in_the_cli_adapter_and_its_entry_point.check(ProductionClasses.imported());
  }

  @Test
  void the_jdk_http_client_stays_in_the_host_adapter() {
    the_jdk_http_client_stays_in_the_host_adapter.check(ProductionClasses.imported());
  }

  @Test
  void no_jackson_in_the_core() {
    no_jackson_in_the_core.check(ProductionClasses.imported());
  }
}
