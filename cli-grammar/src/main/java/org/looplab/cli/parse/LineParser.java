package org.looplab.cli.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.looplab.cli.grammar.IosLexer;
import org.looplab.cli.grammar.IosParser;

/**
 * The word-by-word engine. Typed input is read one word at a time, against the token types the grammar
 * allows after the words already resolved (the grammar's ATN, the same one the parser runs). A word that abbreviates exactly one
 * keyword that fits becomes that keyword (an exact match wins); else the first argument kind that fits;
 * several keywords make it ambiguous; nothing makes it invalid, and the caret goes where the word stops
 * matching. The grammar is the only command table.
 *
 * <p>What may follow the words resolved so far is the grammar's position after their token types
 * ({@link GrammarPosition}), carried from word to word: a word costs the same at the start of a line as
 * after thousands of words, so a line is read in linear time. The parser itself runs once at the end.
 * Not thread-safe: one per session.
 */
public final class LineParser {
    private final IosParser parser = new IosParser(null);
    private KeywordGate gate = KeywordGate.OPEN;
    private String lexedLine;
    private List<Token> lexedTokens;

    public LineParser() {
        parser.removeErrorListeners();
        parser.setErrorHandler(new QuietBailStrategy());
    }

    /** The keywords this parser lets a line use from now on (the session's privilege level). */
    public void setGate(KeywordGate gate) {
        this.gate = gate;
    }

    /** True when some line of {@code rule} starts with the token types {@code types}. */
    public static boolean startsLine(StartRule rule, int[] types) {
        return !GrammarPosition.after(rule, types).isDead();
    }

    /** Parses one line with a mode's start rule. */
    public ParseResult parse(String line, StartRule rule) {
        List<TypedWord> words = TypedWord.split(line);
        if (words.isEmpty()) {
            return new ParseResult.Empty();
        }
        ParseResult.Parsed direct = parseInFullKeywords(line, rule);
        if (direct != null) {
            return direct;
        }
        Prefix prefix = resolveWords(line, words, rule);
        if (prefix.failure() != null) {
            return prefix.failure();
        }
        List<Token> resolved = prefix.tokens();
        return finish(resolved, line, rule);
    }

    /**
     * The fast path for text already in full keywords (saved configs, most pasted lines): the lexer reads
     * the line and one SLL parse accepts it or not. Anything else (abbreviations, glued interface names,
     * description text, a keyword used as a name) takes the word-by-word path, which gives the same
     * tokens whenever this one succeeds. Returns null when the line does not parse this way.
     */
    public ParseResult.Parsed parseInFullKeywords(String line, StartRule rule) {
        List<Token> tokens = lexed(line);
        if (!tokens.isEmpty() && GrammarPosition.start(rule).after(tokens.get(0).getType()).isDead()) {
            // A first word this mode has no command for ("interface Loopback2" inside an interface block,
            // which the parent mode takes) is passed over without a parse: ANTLR's failed prediction builds
            // an exception and copies the decision's whole state, half the kernel's cost of a pasted line.
            return null;
        }
        List<Token> withEof = new ArrayList<>(tokens);
        withEof.add(token(Token.EOF, "<EOF>", line.length()));
        prepare(withEof, PredictionMode.SLL);
        ParserRuleContext tree;
        try {
            tree = rule.parse(parser);
        } catch (ParseCancellationException e) {
            return null;
        }
        return admitted(tokens, rule) ? new ParseResult.Parsed(tree, tokens) : null;
    }

    /** True when the gate lets every keyword of {@code tokens} through (the word-by-word path says where not). */
    private boolean admitted(List<Token> tokens, StartRule rule) {
        if (!gate.restricts()) {
            return true;
        }
        int[] types = typesOf(tokens);
        for (int i = 0; i < types.length; i++) {
            if (gated(types[i], i) && !gate.allows(rule, java.util.Arrays.copyOf(types, i), types[i])) {
                return false;
            }
        }
        return true;
    }

    /** The line's tokens as the lexer reads it; a line tried in several modes is read once. */
    private List<Token> lexed(String line) {
        if (!line.equals(lexedLine)) {
            lexedTokens = Collections.unmodifiableList(LineLexer.read(line));
            lexedLine = line;
        }
        return lexedTokens;
    }

    /**
     * The words of a line read one by one, as far as they go: their tokens, or the failure of the first
     * word that cannot be read (with its index in {@code words}). For {@code ?} help and Tab completion,
     * which pass the words before the cursor.
     */
    public record Prefix(List<Token> tokens, ParseResult failure) {
        /** True when the last token is the rest of the line (description text): nothing follows it. */
        public boolean endsInLine() {
            return !tokens.isEmpty() && tokens.get(tokens.size() - 1).getType() == IosLexer.LINE;
        }
    }

    /** Resolves {@code words} (all from {@code line}) one by one with a mode's start rule. */
    public Prefix resolveWords(String line, List<TypedWord> words, StartRule rule) {
        List<Token> resolved = new ArrayList<>();
        GrammarPosition position = GrammarPosition.start(rule);
        for (int index = 0; index < words.size(); index++) {
            TypedWord word = words.get(index);
            // The types so far matter only to a gate (a session below level 15); copying them costs a line's length.
            int[] before = gate.restricts() ? typesOf(resolved) : new int[0];
            Resolution resolution = resolveWord(position, before, word, line, rule);
            if (resolution.failure != null) {
                ParseResult failure = resolution.failure instanceof ParseResult.Invalid invalid
                        ? new ParseResult.Invalid(invalid.caretColumn(), index, words.size())
                        : resolution.failure;
                return new Prefix(List.copyOf(resolved), failure);
            }
            resolved.addAll(resolution.tokens);
            for (Token token : resolution.tokens) {
                position = position.after(token.getType());
            }
            if (resolved.get(resolved.size() - 1).getType() == IosLexer.LINE) {
                break; // the rest of the line is one argument
            }
        }
        return new Prefix(resolved, null);
    }

    /** The keywords that may follow {@code resolved} and start with {@code partial} (any case). */
    public List<Integer> keywordsStartingWith(List<Token> resolved, String partial, StartRule rule) {
        int[] before = typesOf(resolved);
        return matchingKeywords(expected(before, rule), partial, allowed(rule, before));
    }

    /** The token types (keywords and argument kinds) that may follow the resolved tokens; for help. */
    public List<Integer> expectedAfter(List<Token> resolved, StartRule rule) {
        int[] before = typesOf(resolved);
        ExpectedTypes next = expected(before, rule);
        List<Integer> expected = new ArrayList<>();
        java.util.function.IntPredicate allowed = allowed(rule, before);
        for (int keyword : next.keywords()) {
            if (allowed.test(keyword)) {
                expected.add(keyword);
            }
        }
        for (int argument : next.arguments()) {
            if (!gated(argument, before.length) || allowed.test(argument)) {
                expected.add(argument);
            }
        }
        return expected;
    }

    /**
     * True when the gate decides on a token of {@code type} at {@code index}: every keyword, and an
     * argument that starts a line (EXEC's bare session number is a command of its own, {@code resume}).
     */
    private static boolean gated(int type, int index) {
        return Keywords.isKeyword(type) || index == 0;
    }

    /** True when the resolved tokens already make a complete command (IOS's {@code <cr>}). */
    public boolean isComplete(List<Token> resolved, StartRule rule) {
        return expected(typesOf(resolved), rule).contains(Token.EOF);
    }

    private ParseResult finish(List<Token> resolved, String line, StartRule rule) {
        List<Token> tokens = new ArrayList<>(resolved);
        tokens.add(token(Token.EOF, "<EOF>", line.length()));
        for (PredictionMode mode : new PredictionMode[] {PredictionMode.SLL, PredictionMode.LL}) {
            prepare(tokens, mode);
            try {
                ParserRuleContext tree = rule.parse(parser);
                return new ParseResult.Parsed(tree, resolved);
            } catch (ParseCancellationException e) {
                Token offending = offendingToken(e);
                if (mode == PredictionMode.LL) {
                    if (offending == null || offending.getType() == Token.EOF) {
                        return new ParseResult.Incomplete(line.length());
                    }
                    return new ParseResult.Invalid(offending.getCharPositionInLine(), 0, 0);
                }
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private record Resolution(List<Token> tokens, ParseResult failure) {
        static Resolution of(List<Token> tokens) {
            return new Resolution(tokens, null);
        }

        static Resolution failed(ParseResult failure) {
            return new Resolution(List.of(), failure);
        }
    }

    /** The keywords the gate lets follow {@code before}. */
    private java.util.function.IntPredicate allowed(StartRule rule, int[] before) {
        KeywordGate current = gate;
        return current.restricts() ? type -> current.allows(rule, before, type) : type -> true;
    }

    private Resolution resolveWord(GrammarPosition position, int[] before, TypedWord word, String line, StartRule rule) {
        String text = word.text();
        ExpectedTypes expected = position.expected();
        java.util.function.IntPredicate allowed = allowed(rule, before);
        // 1. A keyword: an exact match, else the only keyword the word abbreviates (Keywords.selected).
        List<Integer> keywords = matchingKeywords(expected, text, allowed);
        int keyword = Keywords.selected(keywords, text);
        if (keyword > 0) {
            return Resolution.of(List.of(token(keyword, text, word.column())));
        }
        if (keywords.size() > 1) {
            return Resolution.failed(new ParseResult.Ambiguous(line.substring(0, word.column() + text.length())));
        }
        // 2. An argument of the most specific kind that fits.
        for (ArgumentKind kind : ArgumentKind.values()) {
            if (kind == ArgumentKind.LINE) {
                if (expected.contains(kind.tokenType())) {
                    String rest = line.substring(word.column()).stripTrailing();
                    return Resolution.of(List.of(token(kind.tokenType(), rest, word.column())));
                }
            } else if (kind.fits(text) && expected.contains(kind.tokenType())
                    && (!gated(kind.tokenType(), before.length) || allowed.test(kind.tokenType()))) {
                return Resolution.of(List.of(token(kind.tokenType(), text, word.column())));
            }
        }
        // 3. A keyword glued to its argument, as IOS takes interface names: gi0/0, Loopback1, lo1.
        Resolution glued = resolveGlued(position, before, word, line, rule);
        if (glued != null) {
            return glued;
        }
        // 4. Invalid: the caret goes where the word stops matching anything expected.
        return Resolution.failed(new ParseResult.Invalid(word.column() + matchingLength(expected, text, allowed), 0, 0));
    }

    private Resolution resolveGlued(GrammarPosition position, int[] before, TypedWord word, String line, StartRule rule) {
        String text = word.text();
        int split = 0;
        while (split < text.length() && (Character.isLetter(text.charAt(split)) || split > 0 && text.charAt(split) == '-')) {
            split++;
        }
        if (split == 0 || split == text.length() || !Character.isDigit(text.charAt(split))) {
            return null;
        }
        String prefix = text.substring(0, split);
        List<Integer> keywords = matchingKeywords(position.expected(), prefix, allowed(rule, before));
        int keyword = Keywords.selected(keywords, prefix);
        if (keyword < 0) {
            return null;
        }
        int[] withKeyword = java.util.Arrays.copyOf(before, before.length + 1);
        withKeyword[before.length] = keyword;
        Resolution rest = resolveWord(position.after(keyword), withKeyword,
                new TypedWord(text.substring(split), word.column() + split), line, rule);
        if (rest.failure != null) {
            return rest;
        }
        List<Token> tokens = new ArrayList<>();
        tokens.add(token(keyword, prefix, word.column()));
        tokens.addAll(rest.tokens);
        return Resolution.of(tokens);
    }

    private static List<Integer> matchingKeywords(ExpectedTypes expected, String text,
            java.util.function.IntPredicate allowed) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Integer> matches = new ArrayList<>();
        for (int type : expected.keywords()) {
            if (Keywords.isLowerAbbreviation(lower, type) && allowed.test(type)) {
                matches.add(type);
            }
        }
        return matches;
    }

    /** The longest leading part of {@code text} that still fits something expected. */
    private static int matchingLength(ExpectedTypes expected, String text, java.util.function.IntPredicate allowed) {
        int longest = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int type : expected.keywords()) {
            if (!allowed.test(type)) {
                continue;
            }
            longest = Math.max(longest, Keywords.lowerMatchingPrefixLength(lower, type));
        }
        for (int type : expected.arguments()) {
            ArgumentKind kind = ArgumentKind.ofTokenType(type);
            if (kind != ArgumentKind.LINE) {
                longest = Math.max(longest, kind.validPrefixLength(text));
            }
        }
        return longest;
    }

    /** What may follow the token types {@code resolved}. */
    private static ExpectedTypes expected(int[] resolved, StartRule rule) {
        return GrammarPosition.after(rule, resolved).expected();
    }

    private static int[] typesOf(List<Token> tokens) {
        int[] types = new int[tokens.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = tokens.get(i).getType();
        }
        return types;
    }

    private void prepare(List<Token> tokens, PredictionMode mode) {
        List<Token> copies = new ArrayList<>(tokens.size());
        for (Token original : tokens) {
            copies.add(new CommonToken(original));
        }
        parser.setTokenStream(new CommonTokenStream(new ListTokenSource(copies)));
        parser.getInterpreter().setPredictionMode(mode);
    }

    private static Token offendingToken(ParseCancellationException e) {
        return e.getCause() instanceof RecognitionException recognition ? recognition.getOffendingToken() : null;
    }

    /** A token as the engine makes them: on line 1, at {@code column}. */
    static Token token(int type, String text, int column) {
        CommonToken token = new CommonToken(type, text);
        token.setLine(1);
        token.setCharPositionInLine(column);
        token.setStartIndex(column);
        token.setStopIndex(column + text.length() - 1);
        return token;
    }
}
