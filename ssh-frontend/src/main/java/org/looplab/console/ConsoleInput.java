package org.looplab.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.looplab.terminal.IosLineReader;

/**
 * Where console lines come from: a JLine line reader with IOS's editing keys, history and a {@code looplab> } prompt when
 * stdin and stdout are a terminal, plain lines without prompts otherwise (piped input, tests). End of
 * input returns null.
 */
public abstract class ConsoleInput implements AutoCloseable {
    public static final String PROMPT = "looplab> ";
    private static final char ESCAPE = '\u001d';
    private static final String DETACH_WIDGET = "looplab-detach";

    /** The next line, or null at end of input (Ctrl-D, or the pipe closed). */
    public String readLine() throws IOException {
        return readLine(PROMPT, false);
    }

    /**
     * The next line after {@code prompt} (shown on a terminal only), not echoed when {@code secret}; null
     * at end of input. Ctrl-] on a terminal returns a line holding just that character at once.
     */
    public abstract String readLine(String prompt, boolean secret) throws IOException;

    @Override
    public abstract void close();

    public static ConsoleInput open() throws IOException {
        if (System.console() != null) {
            return new TerminalInput(TerminalBuilder.builder().system(true).build());
        }
        return new PipedInput(System.in);
    }

    /** Lines typed on {@code terminal} (an SSH session's PTY), which this input closes. */
    static ConsoleInput on(Terminal terminal) {
        return new TerminalInput(terminal);
    }

    /** Lines read from {@code in} without prompts (an SSH session without a PTY); closes nothing. */
    static ConsoleInput lines(InputStream in) {
        return new PipedInput(in);
    }

    private static final class TerminalInput extends ConsoleInput {
        private final Terminal terminal;
        private final LineReader reader;

        TerminalInput(Terminal terminal) {
            this.terminal = terminal;
            // The same allow-listed keys as a router prompt: no editor, no file completion.
            reader = IosLineReader.build(terminal, 100);
            // Ctrl-] (telnet's escape) leaves an attached router at once, whatever is typed.
            reader.getWidgets().put(DETACH_WIDGET, () -> {
                reader.getBuffer().clear();
                reader.getBuffer().write(ESCAPE);
                reader.callWidget(LineReader.ACCEPT_LINE);
                return true;
            });
            reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(DETACH_WIDGET), String.valueOf(ESCAPE));
        }

        @Override
        public String readLine(String prompt, boolean secret) {
            while (true) {
                try {
                    return secret ? reader.readLine(prompt, '\0') : reader.readLine(prompt);
                } catch (UserInterruptException e) {
                    // Ctrl-C clears the line, as in a shell; quit or Ctrl-D stops the lab
                } catch (EndOfFileException e) {
                    return null;
                }
            }
        }

        @Override
        public void close() {
            try {
                terminal.close();
            } catch (IOException ignored) {
                // exiting anyway
            }
        }
    }

    private static final class PipedInput extends ConsoleInput {
        private final BufferedReader reader;

        PipedInput(InputStream in) {
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        @Override
        public String readLine(String prompt, boolean secret) throws IOException {
            return reader.readLine();
        }

        @Override
        public void close() {
            // the stream belongs to the process or the channel
        }
    }
}
