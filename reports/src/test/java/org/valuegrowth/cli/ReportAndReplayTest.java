package org.valuegrowth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.valuegrowth.report.Ledger;
import org.valuegrowth.verdict.ClaimCheck;

/**
 * Issue 7 (polarity, provenance and replay) and the report rows of issue 11, through the CLI.
 */
class ReportAndReplayTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    /** The shipped planted-weak-market scenario under another name and file name. */
    static Path liaScenario(Path dir, String fileName, String scenarioName) throws Exception {
        String text = Files.readString(Path.of("../spec/scenarios/lia-constant-half.yaml"))
                .replace("name: lia-constant-half", "name: " + scenarioName);
        Path f = dir.resolve(fileName);
        Files.writeString(f, text);
        return f;
    }

    /** Splits a command line the way a POSIX shell does, by asking one. */
    static List<String> shellWords(String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "for a in " + command + "; do printf '%s\\0' \"$a\"; done").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<String> words = new ArrayList<>(List.of(out.split("\0", -1)));
        words.remove(words.size() - 1);
        return words;
    }

    /** The Markdown rendered to HTML as a CommonMark reader (with GFM tables) would. */
    static String renderMarkdown(String md) {
        List<org.commonmark.Extension> ext = List.of(TablesExtension.create());
        return HtmlRenderer.builder().extensions(ext).build().render(Parser.builder().extensions(ext).build().parse(md));
    }

    @Example
    @Label("issue 7: every catalogue section states instance class, margin, reading and its controls, all behaving; replay reproduces the whole report")
    void theCatalogueReportStatesEverythingAndReplays() throws Exception {
        Path dir = Files.createTempDirectory("vg-cat");
        CliTest.Run r = run("report", "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("## Summary\n\n| Entry | Verdict | Reading | Margin | Controls |");
        String[] sections = md.split("\n## ");
        for (ClaimCheck c : Ledger.subjects()) {
            String id = c.info().id();
            String section = java.util.Arrays.stream(sections).filter(s -> s.startsWith(id.replace(".", "\\.") + ": ")
                    || s.startsWith(id + ": ")).findFirst().orElseThrow(() -> new AssertionError("no section for " + id));
            assertThat(section).as(id).contains("**Instance class.** ", "**Margin.** ", "**Reading: ", "**Controls.** ",
                    "| Control | Role | What it plants | Expected | Verdict | Reading |");
            assertThat(c.controls()).as(id).isNotEmpty();
            for (ClaimCheck k : c.controls()) {
                assertThat(section).as(id + " lists " + k.info().id()).contains("](#e-" + k.info().id() + ") | ");
            }
            assertThat(section).as(id).doesNotContain("control misbehaves");
        }
        JsonNode json = JSON.readTree(dir.resolve("report.json").toFile());
        assertThat(json.get("entries")).hasSize(Ledger.subjects().size());
        for (JsonNode e : json.get("entries")) {
            assertThat(e.get("verdict").get("bound").has("instanceClass")).isTrue();
            assertThat(e.get("verdict").has("margin")).isTrue();
            assertThat(e.get("polarity").asText()).isNotEmpty();
            assertThat(e.get("reading").asText()).isNotEmpty();
            assertThat(e.get("budget").get("maxNodes").asLong()).isEqualTo(10_000_000L);
            assertThat(e.get("controls")).isNotEmpty();
            for (JsonNode k : e.get("controls")) {
                assertThat(k.get("reading").asText()).as(k.get("id").asText()).isEqualTo("control behaves");
            }
        }
        CliTest.Run replay = run("replay", dir.resolve("report.json").toString());
        assertThat(replay.code()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).doesNotContain("DIFFERS");
    }

    @Example
    @Label("issue 7: replay names the field of an edited commit, citation, command, budget or seed, and exits 5")
    void replayCatchesEveryEditedField() throws Exception {
        Path dir = Files.createTempDirectory("vg-replay");
        assertThat(run("report", "--out", dir.toString(), "--only", "E3").code()).isZero();
        Path report = dir.resolve("report.json");
        String original = Files.readString(report);
        assertThat(run("replay", report.toString()).code()).isZero();

        ObjectNode commit = (ObjectNode) JSON.readTree(original);
        commit.put("commit", "0000000000000000000000000000000000000000");
        assertDiffers(report, commit, "commit: recorded \"0000000000000000000000000000000000000000\", this build",
                "citation: recorded");

        ObjectNode citation = (ObjectNode) JSON.readTree(original);
        ObjectNode e0 = (ObjectNode) citation.get("entries").get(0);
        e0.put("citation", e0.get("citation").asText().replace("WITNESS FOUND", "NONE WITHIN BOUND"));
        assertDiffers(report, citation, "  citation: recorded");

        ObjectNode command = (ObjectNode) JSON.readTree(original);
        ((ObjectNode) command.get("entries").get(0)).put("command", "./valuegrowth check E3 --max-nodes 5");
        assertDiffers(report, command, "  command: recorded \"./valuegrowth check E3 --max-nodes 5\", now \"./valuegrowth check E3\"");

        ObjectNode budget = (ObjectNode) JSON.readTree(original);
        ((ObjectNode) budget.get("entries").get(0).get("budget")).put("maxNodes", 1);
        // the replay runs with the recorded budget, so the verdict and the command follow it
        assertDiffers(report, budget, "  verdict.headline: recorded \"WITNESS FOUND\", now \"INCONCLUSIVE, LIMIT REACHED\"",
                "  command: recorded \"./valuegrowth check E3\", now \"./valuegrowth check E3 --max-nodes 1\"");

        ObjectNode seed = (ObjectNode) JSON.readTree(original);
        ((ObjectNode) seed.get("entries").get(0)).put("seed", 5);
        assertDiffers(report, seed, "  seed: recorded 5, not produced now");
    }

    static void assertDiffers(Path report, JsonNode edited, String... expected) throws Exception {
        Files.writeString(report, JSON.writeValueAsString(edited));
        CliTest.Run r = run("replay", report.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(5);
        assertThat(r.out()).contains("DIFFERS").contains(expected);
    }

    @Example
    @Label("issue 7: replay rejects an empty, malformed or out-of-range report with exit 2, naming the field")
    void replayRejectsBadReports() throws Exception {
        Path dir = Files.createTempDirectory("vg-bad");
        Path f = dir.resolve("r.json");
        Files.writeString(f, "{\"entries\": []}");
        assertThat(run("replay", f.toString()).err()).contains("not a valuegrowth report");
        assertThat(run("replay", f.toString()).code()).isEqualTo(2);
        Files.writeString(f, "{\"tool\": \"valuegrowth\", \"version\": \"x\", \"commit\": \"y\", \"dirty\": false, \"entries\": []}");
        CliTest.Run empty = run("replay", f.toString());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("entries: empty: there is nothing to replay");
        Files.writeString(f, "{\"tool\": \"valuegrowth\", ");
        CliTest.Run broken = run("replay", f.toString());
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("not JSON").doesNotContain("Exception", "\tat ");
        Files.writeString(f, "");
        assertThat(run("replay", f.toString()).code()).isEqualTo(2);
        assertThat(run("replay", dir.toString()).code()).isEqualTo(2);
        String entry = "{\"tool\": \"valuegrowth\", \"version\": \"x\", \"commit\": \"y\", \"dirty\": false, \"entries\": [{\"id\": \"E3\", \"inputs\": [], \"budget\": BUDGET}]}";
        Files.writeString(f, entry.replace("BUDGET", "{\"maxNodes\": 10000000000000000}"));
        CliTest.Run nodes = run("replay", f.toString());
        assertThat(nodes.code()).isEqualTo(2);
        assertThat(nodes.err()).contains("entries[0].budget.maxNodes: 10000000000000000 is outside [1, 1000000000000000]");
        Files.writeString(f, entry.replace("BUDGET", "{\"maxNodes\": 5, \"timeLimitMillis\": 9000000000000000000000}"));
        CliTest.Run time = run("replay", f.toString());
        assertThat(time.code()).isEqualTo(2);
        assertThat(time.err()).contains("entries[0].budget.timeLimitMillis: not a whole number that fits 64 bits");
        Files.writeString(f, entry.replace("BUDGET", "{}"));
        assertThat(run("replay", f.toString()).err()).contains("entries[0].budget.maxNodes: missing or not a whole number");
    }

    @Example
    @Label("issue 7: a budget beyond its maximum is refused with the maximum by check and report, even past a long")
    void overflowingBudgetsAreRefusedWithTheMaximum() {
        for (String cmd : new String[] {"check", "report"}) {
            String[] target = cmd.equals("check") ? new String[] {"check", "E3"} : new String[] {"report", "--only", "E3", "--out",
                    System.getProperty("java.io.tmpdir") + "/vg-never-written"};
            for (String[] opt : new String[][] {{"--time-limit", "9000000000000000"}, {"--time-limit", "99999999999999999999999"},
                    {"--time-limit", "1000001"}, {"--time-limit", "1000000001ms"}}) {
                CliTest.Run r = run(concat(target, opt));
                assertThat(r.code()).as(cmd + " " + String.join(" ", opt)).isEqualTo(2);
                assertThat(r.err()).contains("--time-limit must be in [1, 1000000] seconds, or [1ms, 1000000000ms]");
            }
            CliTest.Run nodes = run(concat(target, new String[] {"--max-nodes", "10000000000000000"}));
            assertThat(nodes.code()).isEqualTo(2);
            assertThat(nodes.err()).contains("--max-nodes must be in [1, 1000000000000000]");
            CliTest.Run wrapped = run(concat(target, new String[] {"--max-nodes", "99999999999999999999"}));
            assertThat(wrapped.code()).isEqualTo(2);
            assertThat(wrapped.err()).doesNotContain("\tat ");
        }
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Example
    @Label("issue 7: check output is byte-identical without --times; --times adds wall times")
    void checkIsByteStableWithoutTimes() {
        CliTest.Run a = run("check", "E3");
        CliTest.Run b = run("check", "E3");
        assertThat(a.code()).isEqualTo(3);
        assertThat(a.out()).isEqualTo(b.out()).doesNotContain(" ms.");
        assertThat(run("check", "E3", "--json").out()).isEqualTo(run("check", "E3", "--json").out()).doesNotContain("timesMillis");
        assertThat(run("check", "E3", "--times").out()).contains("; time ");
    }

    @Example
    @Label("issue 7: --seed is printed only for entries whose result can depend on it")
    void seedOnlyWhereItMatters() throws Exception {
        CliTest.Run e3 = run("check", "E3", "--seed", "5", "--json");
        JsonNode entry = JSON.readTree(e3.out()).get("entries").get(0);
        assertThat(entry.get("seedDependent").asBoolean()).isFalse();
        assertThat(entry.has("seed")).isFalse();
        assertThat(entry.get("command").asText()).isEqualTo("./valuegrowth check E3");
        assertThat(entry.get("citation").asText()).doesNotContain("Seed");
        ClaimCheck dependent = Ledger.subjects().find(c -> c.info().seedDependent()).getOrNull();
        if (dependent != null) {
            JsonNode d = JSON.readTree(run("check", dependent.info().id(), "--seed", "5", "--json").out()).get("entries").get(0);
            assertThat(d.get("seed").asLong()).isEqualTo(5);
            assertThat(d.get("command").asText()).isEqualTo("./valuegrowth check " + dependent.info().id() + " --seed 5");
            assertThat(d.get("citation").asText()).contains("Seed 5.");
        }
    }

    @Example
    @Label("issue 7: the Reproduce line carries every non-default option, shell-quoted: a file named 'my scen;echo X.yaml' runs nothing else")
    void reproduceLineIsCompleteAndShellQuoted() throws Exception {
        Path dir = Files.createTempDirectory("vg-quote");
        Path f = liaScenario(dir, "my scen;echo X.yaml", "quoted");
        CliTest.Run r = run("check", f.toString(), "--json", "--max-nodes", "123456", "--time-limit", "50");
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        JsonNode e = JSON.readTree(r.out()).get("entries").get(0);
        String command = e.get("command").asText();
        assertThat(shellWords(command)).containsExactly("./valuegrowth", "check", f.toString(), "--max-nodes", "123456", "--time-limit", "50");
        JsonNode input = e.get("inputs").get(0);
        assertThat(input.get("path").asText()).isEqualTo(f.toString());
        assertThat(input.get("sha256").asText()).isEqualTo(org.valuegrowth.report.InputFile.sha256(Files.readAllBytes(f)));
        // and the pasted command, run again, gives the same entry
        List<String> words = shellWords(command);
        CliTest.Run again = run(concat(words.subList(1, words.size()).toArray(new String[0]), new String[] {"--json"}));
        assertThat(again.out()).isEqualTo(r.out());
        Path replayed = dir.resolve("check.json");
        Files.writeString(replayed, r.out());
        assertThat(run("replay", replayed.toString()).code()).isZero();
        Files.writeString(f, Files.readString(f) + "# edited\n");
        CliTest.Run edited = run("replay", replayed.toString());
        assertThat(edited.code()).isEqualTo(5);
        assertThat(edited.out()).contains("NOT REPLAYED: inputs[0].sha256: recorded " + input.get("sha256").asText());
    }

    @Example
    @Label("issue 7: an INCONCLUSIVE entry's command reproduces INCONCLUSIVE and says how far the search got")
    void inconclusiveReproducesAndSaysHowFar() throws Exception {
        CliTest.Run r = run("check", "E3", "--max-nodes", "1", "--json");
        assertThat(r.code()).isEqualTo(4);
        JsonNode e = JSON.readTree(r.out()).get("entries").get(0);
        assertThat(e.get("verdict").get("limit").asText()).isNotBlank();
        List<String> words = shellWords(e.get("command").asText());
        assertThat(words).containsExactly("./valuegrowth", "check", "E3", "--max-nodes", "1");
        CliTest.Run again = run(words.subList(1, words.size()).toArray(new String[0]));
        assertThat(again.code()).isEqualTo(4);
        assertThat(again.out()).contains("**Verdict: INCONCLUSIVE, LIMIT REACHED.** **Reading: undecided.** The search stopped: ");
    }

    @Example
    @Label("issue 11: --out '' is exit 2 and writes nothing into the current directory")
    void emptyOutIsRefused() {
        boolean before = Files.exists(Path.of("report.md"));
        CliTest.Run r = run("report", "--out", "", "--only", "E3");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out must name a directory; it is empty");
        assertThat(Files.exists(Path.of("report.md"))).isEqualTo(before);
    }

    @Example
    @Label("issue 11: --out naming an existing file says it exists and is not a directory, without an exception name")
    void outOnAFileIsRefused() throws Exception {
        Path file = Files.createTempFile("vg", ".txt");
        CliTest.Run r = run("report", "--out", file.toString(), "--only", "E3");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--out " + file + " exists and is not a directory").doesNotContain("Exception");
    }

    @Example
    @Label("issue 11: report.html being a directory inside --out: exit 2, md and json untouched")
    void aDirectoryInPlaceOfAReportFileReplacesNothing() throws Exception {
        Path dir = Files.createTempDirectory("vg-html-dir");
        Files.writeString(dir.resolve("report.md"), "old md");
        Files.writeString(dir.resolve("report.json"), "old json");
        Files.createDirectory(dir.resolve("report.html"));
        CliTest.Run r = run("report", "--out", dir.toString(), "--only", "E3");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("report.html exists and is not a regular file; nothing was written").doesNotContain("Exception");
        assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo("old md");
        assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo("old json");
    }

    @Example
    @Label("issue 11: a scenario named <script>…</script> is escaped in the Markdown, the JSON and the HTML")
    void markupInANameIsEscapedInEveryFormat() throws Exception {
        Path dir = Files.createTempDirectory("vg-xss");
        Path f = liaScenario(dir, "xss.yaml", "\"<script>alert(1)</script> *x* [l](http://e) &amp; |\"");
        Path out = dir.resolve("out");
        CliTest.Run r = run("report", "--out", out.toString(), "--only", "E3", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String md = Files.readString(out.resolve("report.md"));
        String rendered = renderMarkdown(md);
        assertThat(rendered).doesNotContain("<script", "<em>x</em>", "<a href=\"http://e\"").contains("&lt;script&gt;alert(1)&lt;/script&gt; *x* [l](http://e) &amp;amp; |");
        assertThat(Files.readString(out.resolve("report.json"))).doesNotContain("<script", "</script");
        assertThat(Files.readString(out.resolve("report.html"))).doesNotContain("<script", "</script");
        JsonNode e = JSON.readTree(out.resolve("report.json").toFile()).get("entries").get(1);
        assertThat(e.get("id").asText()).isEqualTo("scenario:<script>alert(1)</script> *x* [l](http://e) &amp; |");
    }

    @Example
    @Label("issue 11: two scenario files with the same name would share an ID and an anchor: exit 2")
    void duplicateIdsAreRefused() throws Exception {
        Path dir = Files.createTempDirectory("vg-dup");
        Path a = liaScenario(dir, "a.yaml", "same");
        Path b = liaScenario(dir, "b.yaml", "same");
        CliTest.Run r = run("report", "--out", dir.resolve("out").toString(), "--only", "E3", a.toString(), b.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("two entries would have the ID 'scenario:same' (" + a + " and " + b + ")");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Example
    @Label("issue 11: two report runs into one --out at once leave one run's whole set")
    void concurrentReportRunsLeaveAWholeSet() throws Exception {
        Path dir = Files.createTempDirectory("vg-two");
        CliTest.Run[] runs = new CliTest.Run[2];
        String[] only = {"E3", "E10"};
        Thread[] threads = new Thread[2];
        for (int i = 0; i < 2; i++) {
            int k = i;
            threads[i] = new Thread(() -> runs[k] = run("report", "--out", dir.toString(), "--only", only[k]));
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(runs[0].code()).isZero();
        assertThat(runs[1].code()).isZero();
        String id = JSON.readTree(dir.resolve("report.json").toFile()).get("entries").get(0).get("id").asText();
        assertThat(Files.readString(dir.resolve("report.md"))).contains("## " + id + ": ");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<h2 id=\"e-" + id + "\">");
    }
}
