package dev.relaymanager.acceptance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class CodingRulesTest {

  static final ArchRule standard_streams_only_in_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.relaymanager.bootstrap..")
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .orShould()
          .accessField(System.class, "in")
          .because("output goes through the CLI's writers or the logger (STYLE §7.6)");

  static final ArchRule exit_only_in_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.relaymanager.bootstrap..")
          .should()
          .callMethod(System.class, "exit", int.class)
          .because("only the entry point decides the process's end (STYLE §7.6)");

  static final ArchRule no_java_util_logging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  static final ArchRule no_generic_exceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @Test
  void standard_streams_only_in_bootstrap() {
    standard_streams_only_in_bootstrap.check(ProductionClasses.imported());
  }

  @Test
  void exit_only_in_bootstrap() {
    exit_only_in_bootstrap.check(ProductionClasses.imported());
  }

  @Test
  void no_generic_exceptions() {
    no_generic_exceptions.check(ProductionClasses.imported());
  }

  @Test
  void no_java_util_logging() {
    no_java_util_logging.check(ProductionClasses.imported());
  }
}
