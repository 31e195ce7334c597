package org.looplab.cli.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.mode.Mode;
import org.looplab.cli.mode.Modes;

/**
 * Keywords that are prefixes of other keywords, as IOS reads them: a word equal to a keyword expected at
 * its position is that keyword even when it also starts longer ones there ({@code exec} beside
 * {@code exec-timeout}); a unique prefix expands; several are ambiguous. The grammar is walked from every
 * mode to {@link #DEPTH} tokens (as HelpTextContextTest does), so a keyword added later is checked too.
 */
class KeywordPrefixTest {
    private static final int DEPTH = 4;

    /**
     * Hyphenated keywords ({@code X-Y}) offered where the keyword {@code X} (known to the lexer) is not:
     * there {@code X} abbreviates {@code X-Y}. When IOS has {@code X} at that position too, that is the
     * {@code no exec} bug (the word applied to the longer command), so each such pair is listed here
     * after a look at it; a new one fails the test until the grammar models {@code X} there or it is
     * listed. These are the pairs the grammar had when the walk was written, not each checked on IOS.
     */
    private static final Set<String> HYPHENATED_ABBREVIATIONS = Set.of(
            "address address-family", "always always-compare-med", "arp arp-cache",
            "authentication authentication-retries", "auto auto-cost", "auto auto-summary", "bandwidth bandwidth-percent", "bgp bgp-community",
            "community community-list", "default default-cost", "default default-gateway",
            "default default-information", "default default-information-originate", "default default-network",
            "default-information default-information-originate", "disable disable-connected-check",
            "flow flow-export", "full full-duplex", "half half-duplex", "hello hello-interval", "host host-unreachable", "ipv4 ipv4-unicast", "key key-hash", "key key-string",
            "local local-as", "local local-preference", "local local-proxy-arp", "log log-adjacency-changes",
            "log log-neighbor-changes", "mask mask-reply", "maximum maximum-paths", "maximum maximum-prefix",
            "med med-tlv-select", "memory memory-size", "message-digest message-digest-key", "mtu mtu-ignore", "name name-server",
            "next-hop next-hop-self", "no no-advertise", "no no-autostate", "no no-export", "no no-summary",
            "nssa nssa-external", "origin origin-id", "password password-encryption", "policy policy-map",
            "port port-channel", "prompt prompt-timeout", "port port-unreachable", "quiet quiet-mode", "route route-cache",
            "route route-map", "route route-reflector-client", "route route-target", "router router-id",
            "service service-policy", "soft soft-reconfiguration", "source source-interface",
            "source source-route", "ssh ssh-rsa", "summary summary-address", "summary summary-only",
            "tftp tftp-server", "time time-exceeded", "time time-out", "time time-period", "tlv tlv-select",
            "ttl ttl-exceeded", "udp udp-port", "vrf vrf-also", "write write-memory");

    private final LineParser parser = new LineParser();

    @Test
    void everyKeywordSpelledOutSelectsItselfBesideTheLongerOnesItStarts() throws IllegalAccessException {
        Set<String> wrong = new TreeSet<>();
        Set<String> pairs = new TreeSet<>();
        Set<String> unlisted = new TreeSet<>();
        for (Mode mode : modes()) {
            walk(mode, (tokens, expected) -> {
                Set<Integer> here = new HashSet<>(expected);
                for (int longer : expected) {
                    if (!Keywords.isKeyword(longer)) {
                        continue;
                    }
                    String text = Keywords.text(longer).toLowerCase(Locale.ROOT);
                    for (int shorter : Keywords.types()) {
                        String word = Keywords.text(shorter).toLowerCase(Locale.ROOT);
                        if (shorter == longer || !text.startsWith(word)) {
                            continue;
                        }
                        if (here.contains(shorter)) {
                            pairs.add(word + " " + text);
                            int selected = Keywords.selected(
                                    parser.keywordsStartingWith(tokens, word, mode.startRule()), word);
                            if (selected != shorter) {
                                wrong.add(where(mode, tokens) + ": " + word + " selects " + Keywords.text(selected));
                            }
                        } else if (text.startsWith(word + "-") && !HYPHENATED_ABBREVIATIONS.contains(word + " " + text)) {
                            unlisted.add(where(mode, tokens) + ": " + word + " reads as " + text);
                        }
                    }
                }
            });
        }
        assertEquals(Set.of(), wrong);
        assertEquals(Set.of(), unlisted, "a keyword IOS may have beside its hyphenated longer one");
        // The walk reaches the pairs of the issue (exec beside exec-timeout on a line, log beside logging
        // in an ACL entry, ip beside ipv6) and the rest of the grammar's.
        for (String pair : List.of("exec exec-timeout", "log logging", "ip ipv6", "metric metric-type",
                "echo echo-reply", "exit exit-address-family", "domain domain-lookup")) {
            assertEquals(true, pairs.contains(pair), pair + " not reached; walked: " + pairs);
        }
    }

    @Test
    void theExactWordIsThatKeywordWhenTyped() {
        assertEquals(List.of(IosLexer.NO, IosLexer.EXEC), types("no exec", Modes.LINE));
        assertEquals(List.of(IosLexer.NO, IosLexer.EXEC_TIMEOUT), types("no exec-", Modes.LINE));
        // Not in the lexer's spelling, so read word by word rather than by the full-keyword fast path.
        assertEquals(List.of(IosLexer.NO, IosLexer.EXEC), types("no Exec", Modes.LINE));
        assertEquals(List.of(IosLexer.EXEC), types("EXEC", Modes.LINE));
        assertEquals(new ParseResult.Ambiguous("no exe"), parser.parse("no exe", Modes.LINE.startRule()));
        assertEquals(new ParseResult.Ambiguous("e"), parser.parse("e", Modes.PRIVILEGED_EXEC.startRule()));
        assertEquals(new ParseResult.Ambiguous("e"), parser.parse("e", Modes.CONFIG.startRule()));
        assertEquals(List.of(IosLexer.SNMP, IosLexer.LINE), types("snmp ifmib ifindex persist", Modes.CONFIG));
    }

    private List<Integer> types(String line, Mode mode) {
        ParseResult.Parsed parsed = assertInstanceOf(ParseResult.Parsed.class, parser.parse(line, mode.startRule()), line);
        return parsed.tokens().stream().map(Token::getType).toList();
    }

    private interface Visit {
        void at(List<Token> tokens, List<Integer> expected);
    }

    /** Every position to DEPTH tokens (keywords and argument kinds), skipping do (EXEC's own walk covers it). */
    private void walk(Mode mode, Visit visit) {
        Deque<List<Token>> queue = new ArrayDeque<>();
        queue.add(List.of());
        while (!queue.isEmpty()) {
            List<Token> tokens = queue.poll();
            List<Integer> expected = parser.expectedAfter(tokens, mode.startRule());
            visit.at(tokens, expected);
            if (tokens.size() >= DEPTH || tokens.stream().anyMatch(token -> token.getType() == IosLexer.DO)) {
                continue;
            }
            for (int type : expected) {
                if (type != Token.EOF && type != IosLexer.LINE) {
                    List<Token> next = new ArrayList<>(tokens);
                    next.add(new CommonToken(type, Keywords.isKeyword(type) ? Keywords.text(type) : "x"));
                    queue.add(next);
                }
            }
        }
    }

    private static List<Mode> modes() throws IllegalAccessException {
        List<Mode> modes = new ArrayList<>();
        for (Field field : Modes.class.getFields()) {
            modes.add((Mode) field.get(null));
        }
        return modes;
    }

    private static String where(Mode mode, List<Token> tokens) {
        List<String> words = tokens.stream().map(token -> Keywords.isKeyword(token.getType())
                ? Keywords.text(token.getType()) : Keywords.tokenName(token.getType())).toList();
        return mode.name() + ": " + String.join(" ", words);
    }
}
