package org.looplab.cli.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.looplab.cli.grammar.IosParser;

/**
 * Where the grammar may be after a sequence of token types under a start rule: every ATN state, with the
 * rules it was called from, that waits for a token. Moving on by one token costs the same however long
 * the sequence before it, so a line is read in time linear in its words (probing the parser with the
 * whole prefix again at every word made a 16 KB line cost 40 s). The grammar has no predicates or actions
 * and no recursion, so the answer is the exact language (what full-LL parsing accepts) and the positions
 * are finitely many: they are shared by all sessions and each remembers where every token leads, so a
 * word typically costs a map lookup. Thread-safe.
 */
final class GrammarPosition {
    private static final int MAX_POSITIONS = 100_000;
    private static final Map<StartRule, GrammarPosition> STARTS = new ConcurrentHashMap<>();
    private static final Map<Set<Config>, GrammarPosition> POSITIONS = new ConcurrentHashMap<>();
    /** Where nothing fits any more: every token leads back here. */
    private static final GrammarPosition DEAD = new GrammarPosition(Set.of());

    /** The rules a state was reached through, innermost first: where each call returns to. */
    private record Frame(ATNState returnState, Frame caller) {
    }

    private record Config(ATNState state, Frame stack) {
    }

    private final Set<Config> configs;
    private final Map<Integer, GrammarPosition> next = new ConcurrentHashMap<>();
    private volatile ExpectedTypes expected;

    private GrammarPosition(Set<Config> configs) {
        this.configs = configs;
    }

    /** Before the first token of a line read with {@code rule}. */
    static GrammarPosition start(StartRule rule) {
        return STARTS.computeIfAbsent(rule, r -> {
            return intern(closure(List.of(new Config(IosParser._ATN.ruleToStartState[ruleIndex(r)], null))));
        });
    }

    /** After {@code types}, from the start of {@code rule}. */
    static GrammarPosition after(StartRule rule, int[] types) {
        GrammarPosition position = start(rule);
        for (int type : types) {
            position = position.after(type);
        }
        return position;
    }

    /** After one more token of {@code type}; a position that allows nothing when it does not fit. */
    GrammarPosition after(int type) {
        GrammarPosition known = next.get(type);
        if (known != null) {
            return known;
        }
        List<Config> moved = moved(type);
        GrammarPosition position = moved.isEmpty() ? DEAD : intern(closure(moved));
        next.put(type, position);
        return position;
    }

    /** True when no token can follow: the types so far start no line. */
    boolean isDead() {
        return configs.isEmpty();
    }

    /** True when a token of {@code type} (a keyword, an argument kind, or EOF for the end) may come next. */
    boolean allows(int type) {
        return !moved(type).isEmpty();
    }

    /** Where each configuration goes on a token of {@code type}, before following empty transitions. */
    private List<Config> moved(int type) {
        List<Config> moved = new ArrayList<>();
        for (Config config : configs) {
            ATNState state = config.state();
            for (int i = 0; i < state.getNumberOfTransitions(); i++) {
                Transition transition = state.transition(i);
                if (!transition.isEpsilon()
                        && transition.matches(type, Token.MIN_USER_TOKEN_TYPE, IosParser._ATN.maxTokenType)) {
                    moved.add(new Config(transition.target, config.stack()));
                }
            }
        }
        return moved;
    }

    /** Every keyword and argument kind that may come next, and whether the line may end here. */
    ExpectedTypes expected() {
        ExpectedTypes known = expected;
        if (known == null) {
            known = ExpectedTypes.probe(this::allows);
            expected = known;
        }
        return known;
    }

    /** Follows calls, returns and empty transitions from {@code from} to the states that wait for a token. */
    private static Set<Config> closure(List<Config> from) {
        Set<Config> waiting = new HashSet<>();
        Set<Config> seen = new HashSet<>();
        Deque<Config> work = new ArrayDeque<>(from);
        while (!work.isEmpty()) {
            Config config = work.pop();
            if (!seen.add(config)) {
                continue;
            }
            ATNState state = config.state();
            if (state instanceof RuleStopState) {
                if (config.stack() != null) {
                    work.push(new Config(config.stack().returnState(), config.stack().caller()));
                }
                continue; // the end of the start rule: its explicit EOF was the last token
            }
            for (int i = 0; i < state.getNumberOfTransitions(); i++) {
                Transition transition = state.transition(i);
                if (transition instanceof RuleTransition call) {
                    work.push(new Config(call.target, new Frame(call.followState, config.stack())));
                } else if (transition.isEpsilon()) {
                    work.push(new Config(transition.target, config.stack()));
                } else {
                    waiting.add(config);
                }
            }
        }
        return Set.copyOf(waiting);
    }

    private static GrammarPosition intern(Set<Config> configs) {
        GrammarPosition known = POSITIONS.get(configs);
        if (known != null) {
            return known;
        }
        if (POSITIONS.size() >= MAX_POSITIONS) {
            POSITIONS.clear(); // never expected with this grammar; a bound all the same
        }
        GrammarPosition created = new GrammarPosition(configs);
        known = POSITIONS.putIfAbsent(configs, created);
        return known != null ? known : created;
    }

    /** The index of the grammar rule {@code rule} parses: the first rule the parser enters. */
    private static int ruleIndex(StartRule rule) {
        IosParser parser = new IosParser(new CommonTokenStream(
                new ListTokenSource(List.of(LineParser.token(Token.EOF, "<EOF>", 0)))));
        parser.removeErrorListeners();
        parser.setErrorHandler(new QuietBailStrategy());
        int[] first = {-1};
        parser.addParseListener(new ParseTreeListener() {
            @Override
            public void enterEveryRule(ParserRuleContext ctx) {
                if (first[0] < 0) {
                    first[0] = ctx.getRuleIndex();
                }
            }

            @Override
            public void exitEveryRule(ParserRuleContext ctx) {
            }

            @Override
            public void visitTerminal(TerminalNode node) {
            }

            @Override
            public void visitErrorNode(ErrorNode node) {
            }
        });
        try {
            rule.parse(parser);
        } catch (ParseCancellationException notAnEmptyLine) {
            // the rule was entered all the same
        }
        return first[0];
    }
}
