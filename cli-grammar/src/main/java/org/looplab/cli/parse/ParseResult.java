package org.looplab.cli.parse;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** What the engine made of a typed line in one mode. */
public sealed interface ParseResult {
    /** How far into the line the parse got; when every mode fails, the furthest failure is reported. */
    int progress();

    /** A blank line. */
    record Empty() implements ParseResult {
        public int progress() {
            return 0;
        }
    }

    /** A complete command: its parse tree (the mode's start rule) and the resolved tokens. */
    record Parsed(ParserRuleContext tree, List<Token> tokens) implements ParseResult {
        public int progress() {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * The word at {@code column} cannot be read: {@code caretColumn} is where the '^' goes.
     * {@code wordIndex} is the word's position in the line, {@code words} how many the line has.
     */
    record Invalid(int caretColumn, int wordIndex, int words) implements ParseResult {
        public int progress() {
            return caretColumn;
        }
    }

    /** A word abbreviates several keywords; {@code typedSoFar} is the line up to and including it. */
    record Ambiguous(String typedSoFar) implements ParseResult {
        public int progress() {
            return typedSoFar.length();
        }

        /**
         * True when the first word is the ambiguous one: the mode has several commands it may start, so a
         * parent mode's command of that name is not tried ({@code ex} in config-line is not config's exit).
         */
        public boolean atCommand() {
            return TypedWord.split(typedSoFar).size() == 1;
        }
    }

    /** The line ends before a command is complete. */
    record Incomplete(int lineLength) implements ParseResult {
        public int progress() {
            return lineLength + 1;
        }
    }
}
