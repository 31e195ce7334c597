package org.looplab.cli.parse;

import org.looplab.cli.grammar.IosLexer;

/**
 * The kinds of argument a typed word can be, one per argument token of the lexer, with the test of
 * whether a word fits. Listed most specific first: a word that fits several kinds the parser expects
 * takes the first (so "5" after "privilege" is a number, not a WORD).
 */
public enum ArgumentKind {
    /** {@code A.B.C.D/LENGTH}; the builder checks the length's range. */
    IP_PREFIX(IosLexer.IP_PREFIX),
    IP_ADDRESS(IosLexer.IP_ADDRESS),
    /** An AS number in asdot form ({@code 1.0}); the builder checks each half's range. */
    ASDOT(IosLexer.ASDOT),
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
            case IP_PREFIX:
                return prefixPrefix(word);
            case ASDOT:
                return dottedPrefix(word, '.', 1);
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
            case IP_PREFIX: {
                int slash = word.indexOf('/');
                return slash > 0 && isDotted(word.substring(0, slash), "\\.", 4)
                        && ipOctetsInRange(word.substring(0, slash)) && isDotted(word.substring(slash + 1), "/", 1)
                        && word.length() - slash - 1 <= 2;
            }
            case ASDOT:
                return isDotted(word, "\\.", 2);
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

    /** Prefix of {@code A.B.C.D/NN}: a dotted address, then a slash and up to two digits. */
    private static int prefixPrefix(String word) {
        int address = dottedPrefix(word, '.', 3);
        if (address == word.length() || word.charAt(address) != '/' || !isDotted(word.substring(0, address), "\\.", 4)) {
            return address;
        }
        return digitsPrefix(word, address + 1, 2);
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
