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
    /** Each keyword in lower case, by token type (null for other types): compared with typed words. */
    private static final String[] LOWER_TEXT = new String[VOCABULARY.getMaxTokenType() + 1];

    static {
        List<Integer> types = new ArrayList<>();
        for (int type = 1; type <= VOCABULARY.getMaxTokenType(); type++) {
            if (VOCABULARY.getLiteralName(type) != null) {
                types.add(type);
                LOWER_TEXT[type] = text(type).toLowerCase(Locale.ROOT);
                TYPE_BY_TEXT.put(LOWER_TEXT[type], type);
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

    /** The highest token type of the lexer. */
    public static int maxTokenType() {
        return VOCABULARY.getMaxTokenType();
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

    /**
     * IOS's choice among the keywords a typed word starts ({@code matching}, all expected at one
     * position): the one it spells out in full, even when it also starts longer ones ({@code exec} beside
     * {@code exec-timeout}), else the only one it starts; -1 when it starts none or several (ambiguous).
     */
    public static int selected(List<Integer> matching, String word) {
        for (int type : matching) {
            if (text(type).equalsIgnoreCase(word)) {
                return type;
            }
        }
        return matching.size() == 1 ? matching.get(0) : -1;
    }

    /** True when {@code word} is a case-insensitive prefix of the keyword. */
    public static boolean isAbbreviation(String word, int tokenType) {
        return isLowerAbbreviation(word.toLowerCase(Locale.ROOT), tokenType);
    }

    /** {@link #isAbbreviation} for a word already in lower case ({@link Locale#ROOT}). */
    static boolean isLowerAbbreviation(String lowerWord, int tokenType) {
        String keyword = tokenType > 0 && tokenType < LOWER_TEXT.length ? LOWER_TEXT[tokenType] : null;
        return keyword != null && keyword.startsWith(lowerWord);
    }

    /** Length of the common case-insensitive prefix of {@code word} and the keyword. */
    public static int matchingPrefixLength(String word, int tokenType) {
        return lowerMatchingPrefixLength(word.toLowerCase(Locale.ROOT), tokenType);
    }

    /** {@link #matchingPrefixLength} for a word already in lower case ({@link Locale#ROOT}). */
    static int lowerMatchingPrefixLength(String lower, int tokenType) {
        String keyword = LOWER_TEXT[tokenType];
        int i = 0;
        while (i < keyword.length() && i < lower.length() && keyword.charAt(i) == lower.charAt(i)) {
            i++;
        }
        return i;
    }
}
