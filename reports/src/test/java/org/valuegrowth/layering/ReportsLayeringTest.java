package org.valuegrowth.layering;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import net.jqwik.api.Example;

/** Module boundaries seen from the top: internals stay private, solver types stay in adapters. */
class ReportsLayeringTest {
    private static JavaClasses all() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.valuegrowth");
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
                .that().resideInAnyPackage("org.valuegrowth.claim..", "org.valuegrowth.search..", "org.valuegrowth.solve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.valuegrowth.report..", "org.valuegrowth.cli..",
                        "org.valuegrowth.scenario..")
                .allowEmptyShould(true).evaluate(all());
        if (r.hasViolation()) {
            throw new AssertionError(r.getFailureReport().toString());
        }
    }
}
