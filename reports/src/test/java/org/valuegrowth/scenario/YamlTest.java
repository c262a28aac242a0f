package org.valuegrowth.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

class YamlTest {
    @Example
    void syntaxErrorNamesTheLine() {
        Vector<Problem> p = Yaml.parse("bad.yaml", "kind: kelly\nname: x\ntraders: [a, b\nprior: simplicity\n").getLeft();
        assertThat(p).hasSize(1);
        assertThat(p.get(0).file()).isEqualTo("bad.yaml");
        assertThat(p.get(0).line()).isBetween(3, 5);
        assertThat(p.get(0).message()).startsWith("YAML syntax error");
    }

    @Example
    void duplicateKeysAreProblemsWithTheirLine() {
        Vector<Problem> p = Yaml.parse("d.yaml", "a: 1\nb: 2\na: 3\n").getLeft();
        assertThat(p.map(Problem::toString)).anyMatch(s -> s.contains("d.yaml:3") && s.contains("duplicate key 'a'"));
    }

    @Example
    void emptyFileIsAProblem() {
        assertThat(Yaml.parse("e.yaml", "").getLeft().get(0).message()).contains("empty");
    }

    @Example
    void unknownKindListsTheKnownOnes() {
        Vector<Problem> p = Scenarios.parse("k.yaml", "kind: teapot\n").getLeft();
        assertThat(p.get(0).toString()).contains("k.yaml:1: kind: unknown kind 'teapot'");
    }

    @Example
    void missingKindIsAProblem() {
        assertThat(Scenarios.parse("k.yaml", "name: x\n").getLeft().get(0).message()).contains("missing required field 'kind'");
    }

    @Example
    void fieldsReportUnknownKeysAndOutOfRangeProbabilitiesTogether() {
        Problems problems = new Problems("f.yaml");
        YNode root = Yaml.parse("f.yaml", "p: 1.5\nq: abc\nzz: 1\n").get();
        Fields f = Fields.of(problems, "", root, "p", "q").get();
        assertThat(f.probability("p")).isEmpty();
        assertThat(f.number("q")).isEmpty();
        assertThat(problems.all().map(Problem::toString)).containsExactlyInAnyOrder(
                "f.yaml:3: zz: unknown key 'zz'; allowed here: p, q",
                "f.yaml:1: p: probability 1.5 is outside [0,1]",
                "f.yaml:2: q: expected a number, found 'abc'");
    }

    @Example
    void numbersAcceptFractionsAndRejectNaN() {
        assertThat(Values.parseNumber("1/3").get()).isEqualTo(1.0 / 3.0);
        assertThat(Values.parseNumber("NaN")).isEmpty();
        assertThat(Values.parseNumber("Infinity")).isEmpty();
        assertThat(Values.parseNumber("1/0")).isEmpty();
        assertThat(Values.parseNumber("2.5e-3").get()).isEqualTo(0.0025);
    }

    @Property(tries = 300)
    @Label("the YAML reader never throws, whatever the text")
    void yamlReaderIsTotal(@ForAll String text) {
        // Either side is fine; an exception escaping would fail this property.
        boolean meaningful = Scenarios.parse("fuzz.yaml", text).fold(l -> !l.isEmpty(), r -> r != null);
        assertThat(meaningful).isTrue();
    }
}
