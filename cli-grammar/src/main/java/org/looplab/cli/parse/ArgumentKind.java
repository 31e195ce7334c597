package org.looplab.cli.parse;

import org.looplab.cli.grammar.IosLexer;

/**
 * The kinds of argument a typed word can be, one per argument token of the lexer, with the test of
 * whether a word fits. Listed most specific first: a word that fits several kinds the parser expects
 * takes the first (so "5" after "privilege" is a number, not a WORD).
 */
public enum ArgumentKind {
    IP_ADDRESS(IosLexer.IP_ADDRESS),
    SLOT_PORT(IosLexer.SLOT_PORT),
    DEC(IosLexer.DEC),
    WORD(IosLexer.WORD),
    /** The rest of the line, spaces included ({@code description LINE}). */
    LINE(IosLexer.LINE);

    private final int tokenType;

    ArgumentKind(int tokenType) {
        this.tokenType = tokenType;
    }

    public int tokenType() {
        return tokenType;
    }

    public static ArgumentKind ofTokenType(int tokenType) {
        for (ArgumentKind kind : values()) {
            if (kind.tokenType == tokenType) {
                return kind;
            }
        }
        return null;
    }

    public boolean fits(String word) {
        return validPrefixLength(word) == word.length() && isComplete(word);
    }

    /** How many leading characters of {@code word} could still start an argument of this kind. */
    public int validPrefixLength(String word) {
        switch (this) {
            case WORD:
            case LINE:
                return word.length();
            case DEC:
                return digitsPrefix(word, 0, 10);
            case SLOT_PORT:
                return dottedPrefix(word, '/', 1);
            case IP_ADDRESS:
                return dottedPrefix(word, '.', 3);
            default:
                throw new IllegalStateException(name());
        }
    }

    private boolean isComplete(String word) {
        switch (this) {
            case DEC:
                return !word.isEmpty();
            case SLOT_PORT:
                return isDotted(word, "/", 2);
            case IP_ADDRESS:
                return isDotted(word, "\\.", 4) && ipOctetsInRange(word);
            default:
                return !word.isEmpty();
        }
    }

    private static int digitsPrefix(String word, int from, int maxDigits) {
        int i = from;
        while (i < word.length() && i - from < maxDigits && Character.isDigit(word.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Prefix of digit groups separated by {@code separator}, at most {@code separators} of them. */
    private static int dottedPrefix(String word, char separator, int separators) {
        int i = 0;
        int seen = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if (c == separator && seen < separators && i > 0 && word.charAt(i - 1) != separator) {
                seen++;
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isDotted(String word, String separatorRegex, int parts) {
        String[] pieces = word.split(separatorRegex, -1);
        if (pieces.length != parts) {
            return false;
        }
        for (String piece : pieces) {
            if (piece.isEmpty() || piece.length() > 10 || !piece.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ipOctetsInRange(String word) {
        for (String octet : word.split("\\.")) {
            if (octet.length() > 3 || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
