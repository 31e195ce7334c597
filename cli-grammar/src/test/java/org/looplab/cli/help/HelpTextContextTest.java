package org.looplab.cli.help;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.mode.Mode;
import org.looplab.cli.mode.Modes;
import org.looplab.cli.parse.Keywords;
import org.looplab.cli.parse.LineParser;

/**
 * Help texts are per context, not per token: a keyword that can be typed in more than one context (the
 * start of a command in two modes, or after two different keywords) needs its own text in each of them,
 * since IOS words them differently ({@code enable} in EXEC and in configuration, {@code route} after
 * {@code show ip} and after {@code ip}). The grammar is walked from every mode to {@link #DEPTH} words.
 */
class HelpTextContextTest {
    private static final int DEPTH = 3;

    /** Where a keyword was offered, its context slot, and whether a text for that context exists. */
    private record Offer(String slot, String where, boolean ownText) {
    }

    @Test
    void everySharedKeywordHasItsOwnTextInEachContext() throws IllegalAccessException {
        LineParser parser = new LineParser();
        HelpTexts texts = HelpTexts.shipped();
        Map<String, List<Offer>> offers = new HashMap<>();
        for (Field field : Modes.class.getFields()) {
            Mode mode = (Mode) field.get(null);
            Deque<List<Token>> queue = new ArrayDeque<>();
            queue.add(List.of());
            while (!queue.isEmpty()) {
                List<Token> tokens = queue.poll();
                List<Integer> types = tokens.stream().map(Token::getType).toList();
                HelpContext context = HelpContext.after(types, mode);
                for (int type : parser.expectedAfter(tokens, mode.startRule())) {
                    if (type == Token.EOF || type == IosLexer.LINE) {
                        continue;
                    }
                    if (tokens.size() + 1 < DEPTH && !types.contains(IosLexer.DO)) {
                        List<Token> next = new ArrayList<>(tokens);
                        next.add(new CommonToken(type, Keywords.tokenName(type)));
                        queue.add(next);
                    }
                    if (Keywords.isKeyword(type)) {
                        // User and privileged EXEC are one context: IOS words their commands the same.
                        boolean exec = context.kindName().equals(HelpContext.EXEC);
                        String in = exec ? context.kindName() : context.modeName();
                        String slot = context.atStart() ? "start of a " + in + " command"
                                : in + " " + Keywords.tokenName(context.command()) + " .. "
                                        + Keywords.tokenName(context.previous());
                        String where = mode.name() + ": "
                                + String.join(" ", types.stream().map(Keywords::tokenName).toList());
                        offers.computeIfAbsent(Keywords.tokenName(type), k -> new ArrayList<>())
                                .add(new Offer(slot, where, texts.contextKey(type, context) != null));
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        offers.forEach((keyword, where) -> {
            if (where.stream().map(Offer::slot).distinct().count() > 1) {
                where.stream().filter(offer -> !offer.ownText())
                        .forEach(offer -> missing.add(keyword + " " + offer.slot() + " (" + offer.where() + ")"));
            }
        });
        assertEquals(Set.of(), missing, "keywords without their own help text in a context (help.properties)");
    }
}
