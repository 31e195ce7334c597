package org.looplab.cli.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.mode.Modes;

class LineParserTest {
    private final LineParser parser = new LineParser();

    private List<Integer> types(String line, StartRule rule) {
        ParseResult result = parser.parse(line, rule);
        ParseResult.Parsed parsed = assertInstanceOf(ParseResult.Parsed.class, result, line);
        return parsed.tokens().stream().map(Token::getType).collect(Collectors.toList());
    }

    @Test
    void gluedInterfaceNamesSplitIntoTypeAndNumber() {
        assertEquals(List.of(IosLexer.INTERFACE, IosLexer.GIGABITETHERNET, IosLexer.SLOT_PORT),
                types("int gi0/1", Modes.CONFIG.startRule()));
        assertEquals(List.of(IosLexer.INTERFACE, IosLexer.LOOPBACK, IosLexer.DEC),
                types("interface Loopback10", Modes.CONFIG.startRule()));
        assertEquals(List.of(IosLexer.SHOW, IosLexer.INTERFACES, IosLexer.LOOPBACK, IosLexer.DEC),
                types("sh int lo 0", Modes.PRIVILEGED_EXEC.startRule()));
    }

    @Test
    void descriptionTakesTheRestOfTheLine() {
        ParseResult.Parsed parsed = assertInstanceOf(ParseResult.Parsed.class,
                parser.parse("desc  link to R2  (10G) ", Modes.INTERFACE.startRule()));
        assertEquals("link to R2  (10G)", parsed.tokens().get(1).getText());
        assertEquals(IosLexer.LINE, parsed.tokens().get(1).getType());
    }

    @Test
    void secretTypeDigitsAreKeywordsOtherDigitsAreTheSecret() {
        assertEquals(List.of(IosLexer.ENABLE, IosLexer.SECRET, IosLexer.SECRET_TYPE_5, IosLexer.WORD),
                types("enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0", Modes.CONFIG.startRule()));
        assertEquals(List.of(IosLexer.ENABLE, IosLexer.SECRET, IosLexer.WORD),
                types("enable secret 123", Modes.CONFIG.startRule()));
    }

    @Test
    void expectedTokensAnswerWhatMayComeNext() {
        ParseResult.Parsed parsed = assertInstanceOf(ParseResult.Parsed.class,
                parser.parse("show interfaces", Modes.PRIVILEGED_EXEC.startRule()));
        List<Integer> next = parser.expectedAfter(parsed.tokens(), Modes.PRIVILEGED_EXEC.startRule());
        assertEquals(List.of(IosLexer.DESCRIPTION, IosLexer.GIGABITETHERNET, IosLexer.LOOPBACK, IosLexer.SUMMARY, IosLexer.ETHERNET,
                IosLexer.FASTETHERNET, IosLexer.PORT_CHANNEL, IosLexer.SERIAL, IosLexer.TENGIGABITETHERNET, IosLexer.TUNNEL,
                IosLexer.VLAN), next);
        assertTrue(parser.isComplete(parsed.tokens(), Modes.PRIVILEGED_EXEC.startRule()));
    }

    @Test
    void failures() {
        assertEquals(new ParseResult.Ambiguous("sh i"), parser.parse("sh i", Modes.PRIVILEGED_EXEC.startRule()));
        assertInstanceOf(ParseResult.Incomplete.class, parser.parse("conf", Modes.PRIVILEGED_EXEC.startRule()));
        assertEquals(new ParseResult.Invalid(15, 2, 4),
                parser.parse("show ip interfaxe brief", Modes.PRIVILEGED_EXEC.startRule()));
        assertInstanceOf(ParseResult.Empty.class, parser.parse(" \t ", Modes.PRIVILEGED_EXEC.startRule()));
    }
}
