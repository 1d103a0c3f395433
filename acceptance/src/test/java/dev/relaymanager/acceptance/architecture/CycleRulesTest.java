package dev.relaymanager.acceptance.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class CycleRulesTest {

  static final ArchRule packages_are_free_of_cycles =
      slices()
          .matching("dev.relaymanager.(**)")
          .should()
          .beFreeOfCycles()
          .because("a cycle makes two packages one in all but name (STYLE §7.3)");

  @Test
  void packages_are_free_of_cycles() {
    packages_are_free_of_cycles.check(ProductionClasses.imported());
  }
}
