package org.looplab.cli.parse;

/**
 * Which keywords a session may use at a point of a line: IOS's privilege levels hide a command above the
 * user's level from {@code ?}, Tab and abbreviation, and refuse it as invalid input. {@code before} are
 * the token types already read with {@code rule}.
 */
@FunctionalInterface
public interface KeywordGate {
    /** Every keyword, as at privilege level 15. */
    KeywordGate OPEN = (rule, before, keyword) -> true;

    boolean allows(StartRule rule, int[] before, int keyword);

    /** False while the gate lets every keyword through (level 15): the parser then skips asking it. */
    default boolean restricts() {
        return this != OPEN;
    }
}
