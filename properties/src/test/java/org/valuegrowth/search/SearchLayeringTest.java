package org.valuegrowth.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;

/** Choco types stay inside {@code org.valuegrowth.search.internal}. */
class SearchLayeringTest {
    @Example
    @Tag("LI-ARCH")
    @Label("LI-ARCH: only search.internal touches Choco; the induction model touches no search code")
    void chocoOnlyInSearchInternal() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.valuegrowth.search", "org.valuegrowth.induction");
        EvaluationResult r = noClasses().that().resideInAnyPackage("org.valuegrowth.search", "org.valuegrowth.induction..")
                .should().dependOnClassesThat().resideInAnyPackage("org.chocosolver..")
                .evaluate(classes);
        EvaluationResult r2 = noClasses().that().resideInAnyPackage("org.valuegrowth.induction..")
                .should().dependOnClassesThat().resideInAnyPackage("org.valuegrowth.search..")
                .evaluate(classes);
        if (r.hasViolation() || r2.hasViolation()) {
            throw new AssertionError(r.getFailureReport() + "\n" + r2.getFailureReport());
        }
    }
}
