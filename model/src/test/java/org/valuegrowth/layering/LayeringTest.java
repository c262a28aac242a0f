package org.valuegrowth.layering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import net.jqwik.api.Example;

/**
 * The model module's boundary: pure, no solvers, no I/O, no other module, no one else's internals.
 * The model's packages are listed here so the rule fails if a class lands elsewhere by mistake.
 */
class LayeringTest {
    static final String[] MODEL_PACKAGES = {
        "org.valuegrowth.numeric..", "org.valuegrowth.logic..", "org.valuegrowth.market..",
        "org.valuegrowth.induction..", "org.valuegrowth.mind..", "org.valuegrowth.value..",
        "org.valuegrowth.growth..", "org.valuegrowth.persona..", "org.valuegrowth.schedule.."
    };

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPaths(java.nio.file.Path.of("target", "classes"));

    private static JavaClasses modelClasses() {
        if (MODEL.size() < 10) {
            throw new AssertionError("layering test imported only " + MODEL.size() + " classes; run it from the module directory");
        }
        return MODEL;
    }

    @Example
    void modelImportsNoSolverIoOrOtherModule() {
        ArchRule rule = noClasses().that().resideInAnyPackage(MODEL_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.chocosolver..", "org.apache.commons.math3.optim..", "org.apache.commons.math3.optimization..",
                        "java.io..", "java.nio.file..", "java.net..", "java.sql..",
                        "com.fasterxml..", "org.snakeyaml..", "picocli..",
                        "org.valuegrowth.verdict..", "org.valuegrowth.claim..", "org.valuegrowth.search..", "org.valuegrowth.trace..",
                        "org.valuegrowth.report..", "org.valuegrowth.cli..", "org.valuegrowth.scenario..")
                .allowEmptyShould(true);
        EvaluationResult r = rule.evaluate(modelClasses());
        if (r.hasViolation()) {
            throw new AssertionError(r.getFailureReport().toString());
        }
    }

    @Example
    void modelClassesLiveOnlyInModelPackages() {
        ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .should().resideInAnyPackage(MODEL_PACKAGES);
        EvaluationResult r = rule.evaluate(modelClasses());
        if (r.hasViolation()) {
            throw new AssertionError(r.getFailureReport().toString());
        }
    }

    @Example
    void nothingReachesIntoAnotherPackagesInternal() {
        EvaluationResult r = InternalRule.NO_FOREIGN_INTERNAL.evaluate(modelClasses());
        if (r.hasViolation()) {
            throw new AssertionError(r.getFailureReport().toString());
        }
    }
}
