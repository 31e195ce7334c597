package org.looplab.ssh;

import java.io.IOException;

/** The user's side of a CLI session: reads lines at a prompt and prints text ending lines with "\n". */
interface ShellIo extends AutoCloseable {
    /**
     * Shows the prompt and reads one line; {@code secret} lines are neither echoed nor kept in history,
     * and their '?' and Tab are ordinary characters. Otherwise '?' shows {@code assistant}'s help (it is
     * not inserted) and the typed line again, and Tab completes the last word.
     */
    ShellInput readLine(String prompt, boolean secret, LineAssistant assistant) throws IOException;

    /** Prints text whose lines end with "\n"; the device side turns them into "\r\n". */
    void print(String text) throws IOException;

    /** The session's {@code terminal width}: where a long typed line wraps (none for 0 or 511 and more). */
    default void setWidth(int terminalWidth) {
    }

    /** Waits for one key (for {@code --More--}); -1 when the input is closed. */
    int readKey() throws IOException;

    @Override
    void close();
}
