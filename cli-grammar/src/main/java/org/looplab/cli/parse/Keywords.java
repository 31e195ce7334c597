package org.looplab.cli.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.Vocabulary;
import org.looplab.cli.grammar.IosLexer;

/** The keywords of the lexer: every token type whose rule is a literal ({@code SHOW : 'show';}). */
public final class Keywords {
    private static final Vocabulary VOCABULARY = IosLexer.VOCABULARY;
    private static final List<Integer> KEYWORD_TYPES;
    private static final Map<String, Integer> TYPE_BY_TEXT = new HashMap<>();

    static {
        List<Integer> types = new ArrayList<>();
        for (int type = 1; type <= VOCABULARY.getMaxTokenType(); type++) {
            if (VOCABULARY.getLiteralName(type) != null) {
                types.add(type);
                TYPE_BY_TEXT.put(text(type).toLowerCase(Locale.ROOT), type);
            }
        }
        KEYWORD_TYPES = Collections.unmodifiableList(types);
    }

    private Keywords() {
    }

    /** Token types of all keywords. */
    public static List<Integer> types() {
        return KEYWORD_TYPES;
    }

    /** The token type of a keyword spelled out in full (any case), or -1. */
    public static int typeOf(String text) {
        return TYPE_BY_TEXT.getOrDefault(text.toLowerCase(Locale.ROOT), -1);
    }

    public static boolean isKeyword(int tokenType) {
        return tokenType > 0 && tokenType <= VOCABULARY.getMaxTokenType() && VOCABULARY.getLiteralName(tokenType) != null;
    }

    /** The keyword as IOS spells it ({@code running-config}, {@code GigabitEthernet}). */
    public static String text(int tokenType) {
        String literal = VOCABULARY.getLiteralName(tokenType);
        return literal == null ? null : literal.substring(1, literal.length() - 1);
    }

    /** The token's name in the grammar ({@code RUNNING_CONFIG}); the key of its help text. */
    public static String tokenName(int tokenType) {
        return VOCABULARY.getSymbolicName(tokenType);
    }

    /** True when {@code word} is a case-insensitive prefix of the keyword. */
    public static boolean isAbbreviation(String word, int tokenType) {
        String keyword = text(tokenType);
        return keyword != null && keyword.toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT));
    }

    /** Length of the common case-insensitive prefix of {@code word} and the keyword. */
    public static int matchingPrefixLength(String word, int tokenType) {
        String keyword = text(tokenType).toLowerCase(Locale.ROOT);
        String lower = word.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < keyword.length() && i < lower.length() && keyword.charAt(i) == lower.charAt(i)) {
            i++;
        }
        return i;
    }
}
