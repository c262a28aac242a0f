package org.valuegrowth.cli;

import java.util.concurrent.Callable;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.report.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code valuegrowth list}: the built-in checks. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in checks (ID, role, title).")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (ClaimCheck c : Ledger.all()) {
            spec.commandLine().getOut().printf("%-24s %-13s %s%n", c.info().id(), c.info().role().name().toLowerCase(java.util.Locale.ROOT),
                    c.info().title());
        }
        return ExitCodes.OK;
    }
}
