package org.valuegrowth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Example;

class CliTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Example
    void helpExitsZeroAndDocumentsExitCodes() {
        Run r = run("--help");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("Exit codes", "simulate", "check", "report", "list");
    }

    @Example
    void unknownOptionIsAUsageErrorWithoutStackTrace() {
        Run r = run("simulate", "--frobnicate", "x.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option").doesNotContain("\tat ");
    }

    @Example
    void missingScenarioFileIsExitTwoWithTheFileName() {
        Run r = run("simulate", "does-not-exist.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("does-not-exist.yaml: no such file").doesNotContain("Exception");
    }

    @Example
    void malformedScenarioListsEveryProblemWithLines() throws Exception {
        Path f = Files.createTempFile("bad", ".yaml");
        Files.writeString(f, "kind: teapot\n");
        Run r = run("simulate", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(f + ":1: kind: unknown kind 'teapot'");
    }

    @Example
    void checkOfUnknownTargetIsExitTwo() {
        Run r = run("check", "NO-SUCH-ID");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("neither a check ID");
    }
}
