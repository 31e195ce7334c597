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

    /**
     * IOS's {@code [confirm]}: the prompt, then the answer. A terminal answers with one key (Enter or y
     * confirms); without one, a line answers, as a script sends it.
     */
    default ShellInput readConfirmation(String prompt) throws IOException {
        return readLine(prompt, false, null);
    }

    /** Prints text whose lines end with "\n"; the device side turns them into "\r\n". */
    void print(String text) throws IOException;

    /**
     * The history the next lines recall (up arrow, Ctrl-P) and join: IOS keeps one for EXEC and one for
     * the configuration modes.
     */
    default void selectHistory(boolean configuration) {
    }

    /** The session's {@code terminal width}: where a long typed line scrolls (none for 0 or 511 and more). */
    default void setWidth(int terminalWidth) {
    }

    /**
     * While a long command runs (ping): the keys typed are neither echoed nor edited, only read with
     * {@link #pollKey}; {@link #releaseInput} ends that.
     */
    default void holdInput() {
    }

    default void releaseInput() {
    }

    /** A key typed while input is held, waiting at most {@code millis}: the key, {@link #NO_KEY}, or -1 at the end. */
    int pollKey(long millis) throws IOException;

    /** Keys typed ahead during a command: the next line starts with them, as if typed at its prompt. */
    void typeAhead(String keys);

    int NO_KEY = -2;

    /**
     * A log message for {@code terminal monitor}, from any thread, without blocking: with {@code synchronous}
     * ({@code logging synchronous} on the line) shown above the line being typed, which is drawn again after
     * it; without, printed where the cursor is, the typed text left in the line but not drawn again (Ctrl-R
     * shows it), as IOS does. While a command prints it is held until the output is done. Sessions without a
     * line editor show nothing.
     */
    default void showAsync(String text, boolean synchronous) {
    }

    /** Waits for one key (for {@code --More--}); -1 when the input is closed. */
    int readKey() throws IOException;

    @Override
    void close();
}
