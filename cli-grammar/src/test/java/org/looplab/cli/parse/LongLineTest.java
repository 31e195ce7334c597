package org.looplab.cli.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.mode.Modes;

/**
 * A line costs time linear in its length: 64 KB of abbreviated ping options (a loop in the grammar, so
 * every word is read) is parsed or rejected within a hang bound far above the milliseconds it takes and
 * far below the minutes it took when each word re-ran the parser over all the words before it
 * ({@code BENCHMARK=LongInputBenchmark ssh-frontend/benchmark.sh} prints the figures).
 */
class LongLineTest {
    private static final int LENGTH = 64 * 1024;
    private final LineParser parser = new LineParser();

    @Test
    @Timeout(10)
    void aLongLineOfAbbreviatedOptionsIsParsed() {
        String line = "ping 10.0.0.1 " + "rep 1 ".repeat(LENGTH / 6);
        ParseResult.Parsed parsed = assertInstanceOf(ParseResult.Parsed.class,
                parser.parse(line, Modes.PRIVILEGED_EXEC.startRule()));
        assertEquals(IosLexer.REPEAT, parsed.tokens().get(parsed.tokens().size() - 2).getType());
    }

    @Test
    @Timeout(10)
    void aLongLineWithABadLastWordIsRejectedThere() {
        String line = "ping 10.0.0.1 " + "rep 1 ".repeat(LENGTH / 6) + "zzz";
        ParseResult.Invalid invalid = assertInstanceOf(ParseResult.Invalid.class,
                parser.parse(line, Modes.PRIVILEGED_EXEC.startRule()));
        assertEquals(line.length() - 3, invalid.caretColumn());
    }
}
