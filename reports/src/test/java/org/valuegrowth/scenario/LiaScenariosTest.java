package org.valuegrowth.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.induction.MarketMaker;
import org.valuegrowth.induction.TradingFirm;

/** The lia reader: the market options, per-day strategies, and every model limit as a located problem. */
class LiaScenariosTest {
    static final String HEAD = "kind: lia\nname: t\natoms: [a, b]\ntrack: [\"a\", \"b\"]\n";

    static Either<Vector<Problem>, Scenario> parse(String text) {
        return Scenarios.parse("t.yaml", text);
    }

    static Vector<String> problems(String text) {
        Either<Vector<Problem>, Scenario> r = parse(text);
        assertThat(r.isLeft()).as("accepted: %s", text).isTrue();
        return r.getLeft().map(Problem::toString);
    }

    static LiaScenarios.Lia lia(String text) {
        return (LiaScenarios.Lia) parse(text).getOrElseThrow(p -> new AssertionError(p.mkString("\n")));
    }

    @Example
    @Tag("I11")
    @Label("issue 11: a trader trading (-1e308 * (1e308 * p(b))) is a problem at its line, not an internal error")
    void overflowingFeatureIsALocatedProblem() {
        Vector<String> p = problems(HEAD + "days: 3\ntraders:\n  - name: huge\n    trades: {\"b\": \"(-1e308 * (1e308 * p(b)))\"}\n");
        assertThat(p).singleElement().asString()
                .contains("t.yaml:8: traders[0].trades.b:", "overflows the double range", "at most 1e200");
    }

    @Example
    @Tag("I11")
    @Label("issue 11: check constants +-1e308 give a verdict from both engines, and the two agree")
    void extremeCheckConstantsGiveAVerdict() {
        String text = HEAD + "deductions:\n  - {day: 2, sentences: [\"a\"]}\ndays: 4\ntraders:\n  - {name: t, trades: {\"b\": \"(0.5 + (-1 * p(b)))\"}}\n"
                + "check:\n  tradable: [\"a\", \"b\"]\n  constants: [1e308, -1e308]\n  operators: [sum, product]\n  max-size: 3\n"
                + "  loss-bound: 1\n  gain-target: 2\n  horizon: 4\n  engine: ENGINE\n";
        Verdict choco = lia(text.replace("ENGINE", "choco")).check().get().run(Budget.standard(), 1);
        Verdict brute = lia(text.replace("ENGINE", "brute-force")).check().get().run(Budget.standard(), 1);
        assertThat(choco.headline()).isIn("COUNTEREXAMPLE FOUND", "NONE WITHIN BOUND");
        assertThat(brute.headline()).isEqualTo(choco.headline());
    }

    @Example
    @Tag("I11")
    @Label("issue 11: 63 tracked sentences are a problem at the track line")
    void tooManyTrackedSentencesIsALocatedProblem() {
        Vector<String> sentences = Vector.empty();
        for (int i = 0; i < 8; i++) {
            sentences = sentences.append("x" + i).append("!x" + i);
            for (int j = i + 1; j < 8; j++) {
                sentences = sentences.append("(x" + i + " & x" + j + ")").append("(x" + i + " | x" + j + ")");
            }
        }
        String track = sentences.take(63).map(x -> '"' + x + '"').mkString(", ");
        String text = "kind: lia\nname: t\natoms: [x0, x1, x2, x3, x4, x5, x6, x7]\ntrack: [" + track + "]\ndays: 2\n"
                + "traders:\n  - {name: t, trades: {\"x0\": \"1\"}}\n";
        assertThat(problems(text)).singleElement().asString()
                .contains("t.yaml:4: track: the market would track 63 sentences", "at most 62");
    }

    @Example
    @Label("the errors quoted in spec/scenario.md from bad/lia-limits.yaml")
    void limitsFileProblemsAsQuoted() throws java.io.IOException {
        Vector<String> p = Scenarios.load(java.nio.file.Path.of("..", "spec", "scenarios", "bad", "lia-limits.yaml")).getLeft()
                .map(x -> x.toString().replaceFirst("^.*lia-limits", "lia-limits"));
        String spec = java.nio.file.Files.readString(java.nio.file.Path.of("..", "spec", "scenario.md"));
        assertThat(p).hasSize(3).allSatisfy(line -> assertThat(spec).contains(line));
    }

    @Example
    @Label("more atoms than the market enumerates is a problem at the atoms line")
    void tooManyAtoms() {
        StringBuilder atoms = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            atoms.append(i == 0 ? "" : ", ").append("x").append(i);
        }
        assertThat(problems("kind: lia\nname: t\natoms: [" + atoms + "]\ntrack: [\"x1\"]\ndays: 2\ntraders:\n  - {name: t, trades: {\"x1\": \"1\"}}\n"))
                .singleElement().asString().contains("t.yaml:3: atoms: at most 20 atoms, got 21");
    }

    @Example
    @Label("a trader whose full budget sum needs more explicit budgets than the cap is a problem at its line")
    void budgetCapIsALocatedProblem() {
        Vector<String> p = problems(HEAD + "days: 3\ntraders:\n  - {name: ok, trades: {\"a\": \"0\"}}\n  - {name: whale, trades: {\"b\": \"1e6\"}}\n");
        assertThat(p).singleElement().asString().contains("t.yaml:8: traders[1]:", "day 2: trader whale needs explicit budgets 1..1000001 ", "give a finite budget list");
        // A finite budget list runs the same trader.
        assertThat(parse(HEAD + "days: 3\nbudgets: [1, 2]\ntraders:\n  - {name: ok, trades: {\"a\": \"0\"}}\n  - {name: whale, trades: {\"b\": \"1e6\"}}\n").isRight()).isTrue();
    }

    @Example
    @Label("a market maker out of budget is a problem at the market-maker line")
    void marketMakerBudgetIsALocatedProblem() {
        assertThat(problems(HEAD + "days: 2\nmarket-maker: {sweeps: 0, boxes: 0}\ntraders:\n  - {name: t, trades: {\"a\": \"(1 + (-10 * p(a)))\"}}\n"))
                .singleElement().asString().contains("t.yaml:6: market-maker: the market maker could not clear", "budget exhausted");
    }

    @Example
    @Label("market-maker, budgets and firm options reach the model; defaults are plausible, lazy, full sum")
    void optionsReachTheModel() {
        LiaScenarios.Lia d = lia(HEAD + "days: 2\ntraders:\n  - {name: t, trades: {\"a\": \"1\"}}\n");
        assertThat(d.maker()).isEqualTo(MarketMaker.standard());
        assertThat(d.firm().budgets()).isInstanceOf(TradingFirm.FullSum.class);
        assertThat(d.marketDescription()).contains("worlds plausible, prices lazy", "full budget sum");
        LiaScenarios.Lia o = lia(HEAD + "days: 2\nbudgets: [1, 3]\nmarket-maker: {worlds: all, prices: fixed-point, sweeps: 5, boxes: 1000}\n"
                + "traders:\n  - {name: t, trades: {\"a\": \"1\"}}\n");
        assertThat(o.maker()).isEqualTo(new MarketMaker(5, 1000, MarketMaker.Worlds.ALL, MarketMaker.Prices.FIXED_POINT));
        assertThat(o.firm().budgetList()).containsExactly(1, 3);
        LiaScenarios.Lia none = lia(HEAD + "days: 2\nfirm: none\ntraders:\n  - {name: t, trades: {\"a\": \"1\"}}\n");
        assertThat(none.firm().isBudgeted()).isFalse();
        assertThat(none.simulate().json().toString()).contains("no firm");
        assertThat(problems(HEAD + "days: 2\nfirm: none\nbudgets: [1]\ntraders:\n  - {name: t, trades: {\"a\": \"1\"}}\n"))
                .singleElement().asString().contains("t.yaml:7: budgets: 'budgets' has no meaning with 'firm: none'");
        assertThat(problems(HEAD + "days: 2\nmarket-maker: {worlds: some}\ntraders:\n  - {name: t, trades: {\"a\": \"1\"}}\n"))
                .singleElement().asString().contains("market-maker.worlds: unknown world set 'some'");
        assertThat(problems(HEAD + "days: 2\nbudgets: half\ntraders:\n  - {name: t, trades: {\"a\": \"1\"}}\n"))
                .singleElement().asString().contains("t.yaml:6: budgets: expected 'full' or a list");
    }

    @Example
    @Label("per-day strategies: day ranges, end day, templates; their mistakes are located")
    void perDayStrategies() {
        LiaScenarios.Lia s = lia(HEAD + "days: 4\ntraders:\n  - name: t\n    end-day: 3\n    trades-by-day:\n"
                + "      - {days: 1, trades: {\"a\": \"1\"}}\n      - {days: \"2..\", trades: {\"b\": \"p(a,-1)\"}}\n");
        assertThat(s.firm().traders().get(0).tradesOn(1).keySet().map(Object::toString)).containsExactly("a");
        assertThat(s.firm().traders().get(0).tradesOn(3).keySet().map(Object::toString)).containsExactly("b");
        assertThat(s.firm().traders().get(0).tradesOn(4)).isEmpty();
        assertThat(problems(HEAD + "days: 4\ntraders:\n  - name: t\n    trades-by-day:\n"
                + "      - {days: \"1..2\", trades: {\"a\": \"1\"}}\n      - {days: 2, trades: {\"b\": \"1\"}}\n"))
                .singleElement().asString().contains("t.yaml:10: traders[0].trades-by-day[1].days: day ranges must be in order and must not overlap");
        assertThat(problems(HEAD + "days: 4\ntraders:\n  - {name: t, start-day: 3, end-day: 2, trades: {\"a\": \"1\"}}\n"))
                .singleElement().asString().contains("traders[0].end-day: end day 2 is before the start day 3");
        assertThat(problems(HEAD + "days: 4\ntraders:\n  - {name: t, trades: {\"a\": \"1\"}, trades-by-day: []}\n"))
                .singleElement().asString().contains("give exactly one of 'trades'");
        // A template that names an atom that does not exist on some day is reported with that day.
        assertThat(problems("kind: lia\nname: t\natoms: [d1, d2]\ntrack: [\"d1\"]\ndays: 3\nprior: complexity\ntraders:\n"
                + "  - {name: t, trades: {\"d{n}\": \"1\"}}\n"))
                .singleElement().asString().contains("t.yaml:8: traders[0].trades.d{n}: on day 3: unknown atom 'd3'");
        assertThat(LiaScenarios.instantiate("p(d{n+1}) + p(d{n-1}) + {n}", 5)).isEqualTo("p(d6) + p(d4) + 5");
    }
}
