package dev.relaymanager.acceptance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import dev.relaymanager.domain.shared.Secret;
import org.junit.jupiter.api.Test;

class SecretAndStateRulesTest {

  static final ArchRule only_the_host_adapter_reveals_secrets =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.relaymanager.adapter.sub2api..")
          .should()
          .callMethod(Secret.class, "reveal")
          .because("a secret is used in clear only on the wire to the host (STYLE §7.5)");

  static final ArchRule domain_fields_are_final =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("dev.relaymanager.domain..")
          .should()
          .beFinal()
          .because("aggregates and values are immutable (STYLE §3, §7.5)");

  @Test
  void only_the_host_adapter_reveals_secrets() {
    only_the_host_adapter_reveals_secrets.check(ProductionClasses.imported());
  }

  @Test
  void domain_fields_are_final() {
    domain_fields_are_final.check(ProductionClasses.imported());
  }
}
