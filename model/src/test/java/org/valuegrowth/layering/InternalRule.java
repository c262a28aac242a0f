package org.valuegrowth.layering;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * A class may use {@code x.y.internal} only if it lives in {@code x.y} or {@code x.y.internal}.
 * Shared by the layering tests of every module (the model's test-jar).
 */
public final class InternalRule {
    private InternalRule() {
    }

    /** The rule over all classes under {@code org.valuegrowth}. */
    public static final ArchRule NO_FOREIGN_INTERNAL = ArchRuleDefinition.classes()
            .that(new DescribedPredicate<JavaClass>("are in org.valuegrowth") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getPackageName().startsWith("org.valuegrowth");
                }
            })
            .should(new ArchCondition<JavaClass>("use an internal package only from its owner") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        String target = d.getTargetClass().getPackageName();
                        int at = target.indexOf(".internal");
                        if (!target.startsWith("org.valuegrowth") || at < 0) {
                            continue;
                        }
                        String owner = target.substring(0, at);
                        String from = c.getPackageName();
                        if (!(from.equals(owner) || from.startsWith(owner + ".internal"))) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            })
            .allowEmptyShould(true);
}
