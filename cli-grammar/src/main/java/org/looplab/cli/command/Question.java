package org.looplab.cli.command;

/** A question a command asks: its prompt replaces the mode prompt and the next line answers it. */
public interface Question {
    String prompt();

    /** True when the answer must not be echoed (a password). */
    boolean isSecret();

    void answer(String line, CommandContext context);

    /** True when one key answers, as IOS's {@code [confirm]} reads it on a terminal; else a whole line. */
    default boolean takesOneKey() {
        return false;
    }
}
