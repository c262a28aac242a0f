package org.valuegrowth.layering;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import net.jqwik.api.Example;

/** Module boundaries seen from the top: internals stay private, solver types stay in adapters. */
class ReportsLayeringTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPaths(java.nio.file.Path.of("target", "classes"), java.nio.file.Path.of("..", "properties", "target", "classes"),
                    java.nio.file.Path.of("..", "model", "target", "classes"));

    private static JavaClasses all() {
        if (ALL.size() < 50) {
            throw new AssertionError("layering test imported only " + ALL.size() + " classes; run it from the module directory");
        }
        return ALL;
    }

    @Example
    void nothingReachesIntoAnotherPackagesInternal() {
        EvaluationResult r = InternalRule.NO_FOREIGN_INTERNAL.evaluate(all());
        if (r.hasViolation()) {
            throw new AssertionError(r.getFailureReport().toString());
        }
    }

    @Example
    void chocoTypesStayInInternalAdapters() {
        EvaluationResult r = ArchRuleDefinition.noClasses()
                .that().resideOutsideOfPackages("org.valuegrowth..internal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.chocosolver..")
                .allowEmptyShould(true).evaluate(all());
        if (r.hasViolation()) {
            throw new AssertionError(r.getFailureReport().toString());
        }
    }

    @Example
    void propertiesDoNotDependOnReports() {
        EvaluationResult r = ArchRuleDefinition.noClasses()
                .that().resideInAnyPackage("org.valuegrowth.verdict..", "org.valuegrowth.claim..", "org.valuegrowth.search..", "org.valuegrowth.trace..")
                .should().dependOnClassesThat().resideInAnyPackage("org.valuegrowth.report..", "org.valuegrowth.cli..",
                        "org.valuegrowth.scenario..")
                .allowEmptyShould(true).evaluate(all());
        if (r.hasViolation()) {
            throw new AssertionError(r.getFailureReport().toString());
        }
    }
}
