package org.looplab.cli.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.antlr.v4.runtime.Token;

/**
 * The token types (keywords, argument kinds, EOF for a complete command) that may follow one sequence of
 * token types under one start rule ({@link GrammarPosition}), kept so that each candidate is asked about
 * once. Immutable, so sessions on different threads share it.
 */
final class ExpectedTypes {
    private final long[] bits;
    private final List<Integer> keywords;
    private final List<Integer> arguments;

    private ExpectedTypes(long[] bits, List<Integer> keywords, List<Integer> arguments) {
        this.bits = bits;
        this.keywords = keywords;
        this.arguments = arguments;
    }

    /** Asks {@code accepts} about every keyword, every argument kind and EOF. */
    static ExpectedTypes probe(IntPredicate accepts) {
        long[] bits = new long[(Keywords.maxTokenType() + 2 + 63) / 64];
        List<Integer> keywords = new ArrayList<>();
        for (int type : Keywords.types()) {
            if (accepts.test(type)) {
                keywords.add(type);
                set(bits, type);
            }
        }
        List<Integer> arguments = new ArrayList<>();
        for (ArgumentKind kind : ArgumentKind.values()) {
            if (accepts.test(kind.tokenType())) {
                arguments.add(kind.tokenType());
                set(bits, kind.tokenType());
            }
        }
        if (accepts.test(Token.EOF)) {
            set(bits, Token.EOF);
        }
        return new ExpectedTypes(bits, List.copyOf(keywords), List.copyOf(arguments));
    }

    boolean contains(int type) {
        int index = type + 1; // EOF is -1
        return index >= 0 && index < bits.length * 64 && (bits[index >>> 6] & (1L << index)) != 0;
    }

    /** The expected keywords, in {@link Keywords#types()} order. */
    List<Integer> keywords() {
        return keywords;
    }

    /** The expected argument kinds' token types, in {@link ArgumentKind} order. */
    List<Integer> arguments() {
        return arguments;
    }

    private static void set(long[] bits, int type) {
        int index = type + 1;
        bits[index >>> 6] |= 1L << index;
    }
}
