package org.looplab.cli.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.CharStreams;
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
 * The word-by-word engine. Typed input is read one word at a time; for word k the parser runs over the k
 * words already resolved followed by a candidate token and a CURSOR token that matches nothing, so it
 * always stops, and where it stops says whether the candidate fits. A word that abbreviates exactly one
 * keyword that fits becomes that keyword (an exact match wins); else the first argument kind that fits;
 * several keywords make it ambiguous; nothing makes it invalid, and the caret goes where the word stops
 * matching. The grammar is the only command table.
 *
 * <p>Probes run with SLL prediction; only a word that nothing fits is checked again with full LL before
 * it is called invalid. Not thread-safe: one per session.
 */
public final class LineParser {
    private final IosParser parser = new IosParser(null);
    private PredictionMode predictionMode = PredictionMode.SLL;

    public LineParser() {
        parser.removeErrorListeners();
        parser.setErrorHandler(new QuietBailStrategy());
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
        IosLexer lexer = new IosLexer(CharStreams.fromString(line));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            splitGluedKeyword(token, tokens);
        }
        List<Token> withEof = new ArrayList<>(tokens);
        withEof.add(token(Token.EOF, "<EOF>", line.length()));
        prepare(withEof, PredictionMode.SLL);
        try {
            return new ParseResult.Parsed(rule.parse(parser), tokens);
        } catch (ParseCancellationException e) {
            return null;
        }
    }

    /**
     * Adds a lexed token, split in two when it is a full keyword glued to a number as IOS writes interface
     * names ({@code Loopback0}, {@code GigabitEthernet0/1}): the lexer's longest match makes those one WORD.
     */
    private static void splitGluedKeyword(Token token, List<Token> tokens) {
        String text = token.getText();
        int split = 0;
        while (split < text.length() && Character.isLetter(text.charAt(split))) {
            split++;
        }
        if (token.getType() == IosLexer.WORD && split > 0 && split < text.length()) {
            String number = text.substring(split);
            int keyword = Keywords.typeOf(text.substring(0, split));
            ArgumentKind kind = ArgumentKind.DEC.fits(number) ? ArgumentKind.DEC
                    : ArgumentKind.SLOT_PORT.fits(number) ? ArgumentKind.SLOT_PORT : null;
            if (keyword > 0 && kind != null) {
                int column = token.getCharPositionInLine();
                tokens.add(token(keyword, text.substring(0, split), column));
                tokens.add(token(kind.tokenType(), number, column + split));
                return;
            }
        }
        tokens.add(token);
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
        for (int index = 0; index < words.size(); index++) {
            TypedWord word = words.get(index);
            Resolution resolution = resolve(resolved, word, line, rule);
            if (resolution.failure != null) {
                ParseResult failure = resolution.failure instanceof ParseResult.Invalid invalid
                        ? new ParseResult.Invalid(invalid.caretColumn(), index, words.size())
                        : resolution.failure;
                return new Prefix(List.copyOf(resolved), failure);
            }
            resolved.addAll(resolution.tokens);
            if (resolved.get(resolved.size() - 1).getType() == IosLexer.LINE) {
                break; // the rest of the line is one argument
            }
        }
        return new Prefix(resolved, null);
    }

    /** The keywords that may follow {@code resolved} and start with {@code partial} (any case). */
    public List<Integer> keywordsStartingWith(List<Token> resolved, String partial, StartRule rule) {
        return matchingKeywords(resolved, partial, rule);
    }

    /** The token types (keywords and argument kinds) that may follow the resolved tokens; for help. */
    public List<Integer> expectedAfter(List<Token> resolved, StartRule rule) {
        List<Integer> expected = new ArrayList<>();
        for (int type : Keywords.types()) {
            if (accepts(resolved, type, rule)) {
                expected.add(type);
            }
        }
        for (ArgumentKind kind : ArgumentKind.values()) {
            if (accepts(resolved, kind.tokenType(), rule)) {
                expected.add(kind.tokenType());
            }
        }
        return expected;
    }

    /** True when the resolved tokens already make a complete command (IOS's {@code <cr>}). */
    public boolean isComplete(List<Token> resolved, StartRule rule) {
        return accepts(resolved, Token.EOF, rule);
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

    private Resolution resolve(List<Token> resolved, TypedWord word, String line, StartRule rule) {
        Resolution sll = resolveWith(PredictionMode.SLL, resolved, word, line, rule);
        if (sll.failure instanceof ParseResult.Invalid) {
            return resolveWith(PredictionMode.LL, resolved, word, line, rule);
        }
        return sll;
    }

    private Resolution resolveWith(PredictionMode mode, List<Token> resolved, TypedWord word, String line,
            StartRule rule) {
        predictionMode = mode;
        try {
            return resolveWord(resolved, word, line, rule);
        } finally {
            predictionMode = PredictionMode.SLL;
        }
    }

    private Resolution resolveWord(List<Token> resolved, TypedWord word, String line, StartRule rule) {
        String text = word.text();
        // 1. A keyword: an exact match, else the only keyword the word abbreviates.
        List<Integer> keywords = matchingKeywords(resolved, text, rule);
        for (int type : keywords) {
            if (Keywords.text(type).equalsIgnoreCase(text)) {
                return Resolution.of(List.of(token(type, text, word.column())));
            }
        }
        if (keywords.size() == 1) {
            return Resolution.of(List.of(token(keywords.get(0), text, word.column())));
        }
        if (keywords.size() > 1) {
            return Resolution.failed(new ParseResult.Ambiguous(line.substring(0, word.column() + text.length())));
        }
        // 2. An argument of the most specific kind that fits.
        for (ArgumentKind kind : ArgumentKind.values()) {
            if (kind == ArgumentKind.LINE) {
                if (accepts(resolved, kind.tokenType(), rule)) {
                    String rest = line.substring(word.column()).stripTrailing();
                    return Resolution.of(List.of(token(kind.tokenType(), rest, word.column())));
                }
            } else if (kind.fits(text) && accepts(resolved, kind.tokenType(), rule)) {
                return Resolution.of(List.of(token(kind.tokenType(), text, word.column())));
            }
        }
        // 3. A keyword glued to its argument, as IOS takes interface names: gi0/0, Loopback1, lo1.
        Resolution glued = resolveGlued(resolved, word, line, rule);
        if (glued != null) {
            return glued;
        }
        // 4. Invalid: the caret goes where the word stops matching anything expected.
        return Resolution.failed(new ParseResult.Invalid(word.column() + matchingLength(resolved, text, rule), 0, 0));
    }

    private Resolution resolveGlued(List<Token> resolved, TypedWord word, String line, StartRule rule) {
        String text = word.text();
        int split = 0;
        while (split < text.length() && Character.isLetter(text.charAt(split))) {
            split++;
        }
        if (split == 0 || split == text.length() || !Character.isDigit(text.charAt(split))) {
            return null;
        }
        String prefix = text.substring(0, split);
        List<Integer> keywords = matchingKeywords(resolved, prefix, rule);
        int keyword = keywords.stream().filter(type -> Keywords.text(type).equalsIgnoreCase(prefix))
                .findFirst().orElse(keywords.size() == 1 ? keywords.get(0) : -1);
        if (keyword < 0) {
            return null;
        }
        List<Token> withKeyword = new ArrayList<>(resolved);
        withKeyword.add(token(keyword, prefix, word.column()));
        Resolution rest = resolveWord(withKeyword, new TypedWord(text.substring(split), word.column() + split), line, rule);
        if (rest.failure != null) {
            return rest;
        }
        List<Token> tokens = new ArrayList<>();
        tokens.add(withKeyword.get(withKeyword.size() - 1));
        tokens.addAll(rest.tokens);
        return Resolution.of(tokens);
    }

    private List<Integer> matchingKeywords(List<Token> resolved, String text, StartRule rule) {
        List<Integer> matches = new ArrayList<>();
        for (int type : Keywords.types()) {
            if (Keywords.isAbbreviation(text, type) && accepts(resolved, type, rule)) {
                matches.add(type);
            }
        }
        return matches;
    }

    /** The longest leading part of {@code text} that still fits something expected. */
    private int matchingLength(List<Token> resolved, String text, StartRule rule) {
        int longest = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int type : Keywords.types()) {
            if (Keywords.matchingPrefixLength(lower, type) > longest && accepts(resolved, type, rule)) {
                longest = Keywords.matchingPrefixLength(lower, type);
            }
        }
        for (ArgumentKind kind : ArgumentKind.values()) {
            if (kind != ArgumentKind.LINE && kind.validPrefixLength(text) > longest
                    && accepts(resolved, kind.tokenType(), rule)) {
                longest = kind.validPrefixLength(text);
            }
        }
        return longest;
    }

    /** True when a token of {@code type} may follow {@code resolved}. */
    private boolean accepts(List<Token> resolved, int type, StartRule rule) {
        List<Token> tokens = new ArrayList<>(resolved);
        tokens.add(token(type, "", 0));
        if (type != Token.EOF) {
            tokens.add(token(IosLexer.CURSOR, "", 0));
            tokens.add(token(Token.EOF, "", 0));
        }
        prepare(tokens, predictionMode);
        try {
            rule.parse(parser);
            return true;
        } catch (ParseCancellationException e) {
            Token offending = offendingToken(e);
            return offending != null && offending.getTokenIndex() > resolved.size();
        }
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

    private static Token token(int type, String text, int column) {
        CommonToken token = new CommonToken(type, text);
        token.setLine(1);
        token.setCharPositionInLine(column);
        token.setStartIndex(column);
        token.setStopIndex(column + text.length() - 1);
        return token;
    }
}
