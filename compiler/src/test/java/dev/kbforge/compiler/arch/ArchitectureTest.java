package dev.kbforge.compiler.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.kbforge.compiler.api.Kbforge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN section 2, checked on the compiled compiler classes. */
class ArchitectureTest {
  private static JavaClasses compiler;

  @BeforeAll
  static void importClasses() {
    // the compiler's own output folder (or jar): scanning the whole classpath for the package is
    // slow
    compiler =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrl(Kbforge.class.getProtectionDomain().getCodeSource().getLocation());
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.kbforge.compiler.(*)..").should().beFreeOfCycles().check(compiler);
  }

  /** Front ends see JDK types and kbforge's own records only. */
  @Test
  void apiDependsOnlyOnTheJdkAndItself() {
    classes()
        .that()
        .resideInAPackage("dev.kbforge.compiler.api..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.kbforge.compiler.api..")
        .check(compiler);
  }

  /** Front-end frameworks stay in the front ends. */
  @Test
  void noPicocliOrMavenTypesInTheCompiler() {
    noClasses()
        .that()
        .resideInAPackage("dev.kbforge.compiler..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..", "org.apache.maven..", "org.codehaus.plexus..")
        .check(compiler);
  }
}
