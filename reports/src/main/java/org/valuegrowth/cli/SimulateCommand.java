package org.valuegrowth.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.valuegrowth.report.JsonTrees;
import org.valuegrowth.scenario.Problem;
import org.valuegrowth.scenario.Scenario;
import org.valuegrowth.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valuegrowth simulate FILE}: runs a scenario file through the plain model. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run a scenario file (YAML; format in spec/scenario.md) and print what happened per step.",
            "Exit: 0 ran, 2 bad input (every problem is listed with file:line)."})
final class SimulateCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario file")
    Path file;

    @Option(names = "--json", description = "print a JSON document instead of a table")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        org.valuegrowth.scenario.Progress progress = Targets.progress(spec.commandLine().getErr());
        Either<Vector<Problem>, Scenario> s = Scenarios.load(file, progress);
        if (s.isLeft()) {
            throw new UserError(Problems.format(s.getLeft()));
        }
        Scenario.Simulation sim = s.get().simulate(progress);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(MAPPER.writeValueAsString(JsonTrees.toJson(sim.json())));
        } else {
            out.println("scenario: " + s.get().name());
            out.print(Tables.render(sim.columns(), sim.rows()));
        }
        return ExitCodes.OK;
    }
}
