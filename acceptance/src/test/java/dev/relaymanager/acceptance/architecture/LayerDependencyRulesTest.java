package dev.relaymanager.acceptance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class LayerDependencyRulesTest {

  static final ArchRule domain_uses_only_the_jdk_and_itself =
      classes()
          .that()
          .resideInAPackage("dev.relaymanager.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "dev.relaymanager.domain..")
          .because("the domain is pure: no framework, no I/O library (STYLE §1, §7.1)");

  static final ArchRule application_adds_only_slf4j =
      classes()
          .that()
          .resideInAPackage("dev.relaymanager.application..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "dev.relaymanager.domain..",
              "dev.relaymanager.application..",
              "org.slf4j..")
          .because("use cases orchestrate ports and stay free of technology (STYLE §7.1)");

  @Test
  void domain_uses_only_the_jdk_and_itself() {
    domain_uses_only_the_jdk_and_itself.check(ProductionClasses.imported());
  }

  @Test
  void application_adds_only_slf4j() {
    application_adds_only_slf4j.check(ProductionClasses.imported());
  }
}
