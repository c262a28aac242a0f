package org.valuegrowth.scenario;

import io.vavr.control.Option;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;

/** Parses one sentence written in a scenario file, recording a problem on failure. */
final class SentenceParserBridge {
    private SentenceParserBridge() {
    }

    static Option<Sentence> parse(Problems p, int line, String path, String text, Language l) {
        return SentenceParser.parse(l, text).fold(err -> {
            p.add(line, path, err);
            return Option.none();
        }, Option::some);
    }
}
