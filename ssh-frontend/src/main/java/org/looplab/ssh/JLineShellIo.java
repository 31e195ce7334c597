package org.looplab.ssh;

import java.io.IOError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.SignalListener;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;
import org.looplab.terminal.IosLineReader;

/**
 * A session with a PTY: a JLine terminal (pure Java, no OS pseudo-terminal) over the channel streams (modes and size from the pty-req,
 * resized on window-change) and a line reader with history and IOS's editing keys only ({@link IosLineReader}).
 * JLine echoes what is typed.
 */
final class JLineShellIo implements ShellIo {
    /** From this {@code terminal width} on, the editor does not wrap (Netmiko sets 511, Ansible 512). */
    static final int UNWRAPPED_FROM = 511;
    /** Wider than any line the CLI accepts: the editor never reaches the margin. */
    static final int UNWRAPPED_COLUMNS = 65_536;
    private static final String CTRL_Z_WIDGET = "looplab-ctrl-z";
    private static final String CTRL_C_WIDGET = "looplab-ctrl-c";
    private static final String HELP_WIDGET = "looplab-help";
    private static final String COMPLETE_WIDGET = "looplab-complete";
    private static final String ESCAPE_WIDGET = "looplab-escape";

    private final Terminal terminal;
    /** The channel's output under the terminal: kept while pasted input waits, sent when it is read. */
    private final InputAwareOutputStream output;
    private final org.looplab.terminal.InterruptibleLineReader reader;
    /** EXEC's history and the configuration modes', swapped into the reader as the mode changes. */
    private final org.jline.reader.History execHistory;
    private final org.jline.reader.History configHistory;
    private final Environment environment;
    private final SignalListener resize;
    private boolean ctrlZPressed;
    /** The line typed before Ctrl-Z, which runs before configuration mode ends; empty after Ctrl-C. */
    private String typedBeforeCtrlZ = "";
    /** True when the line ended by the escape sequence, Ctrl-^ x. */
    private boolean escaped;
    /** The terminal's modes while a command holds the input, restored after it. */
    private Attributes held;
    /** Guards {@link #atPrompt} and {@link #heldMessages}. */
    private final Object asyncLock = new Object();
    /** True while the reader waits at a prompt: a message then goes above the line being typed. */
    private boolean atPrompt;
    /** Messages that came while a command printed: shown before the next prompt. */
    private final java.util.ArrayDeque<String> heldMessages = new java.util.ArrayDeque<>();
    /** Prints monitor messages off the kernel thread, one at a time. */
    private final java.util.concurrent.ExecutorService asyncPrinter = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "looplab-monitor");
        thread.setDaemon(true);
        return thread;
    });
    /** The assistant of the line being read; null for a secret line ('?' and Tab are then typed). */
    private LineAssistant assistant;
    /** The session's {@code terminal width}, set before each line. */
    private int terminalWidth = org.looplab.cli.session.CliSession.DEFAULT_TERMINAL_WIDTH;
    /** True when the last thing printed was a confirming {@code y}, with no line end after it yet. */
    private boolean lineOpen;

    JLineShellIo(InputStream in, OutputStream out, Environment environment) throws IOException {
        this.environment = environment;
        // A paste is echoed and answered in large packets rather than a redraw per character and a packet
        // per redraw: output waits while typed input does (see InputAwareOutputStream).
        output = new InputAwareOutputStream(out, () -> inputPending(in));
        terminal = ChannelTerminal.open(in, output, environment);
        terminal.setSize(new Size(editingColumns(org.looplab.cli.session.CliSession.DEFAULT_TERMINAL_WIDTH), terminal.getSize().getRows()));
        resize = (channel, signal) -> {
            // The window's height changes; the width stays the session's 'terminal width', as on IOS.
            Size size = ChannelTerminal.size(environment.getEnv());
            terminal.setSize(new Size(terminal.getSize().getColumns(), size.getRows()));
            terminal.raise(Terminal.Signal.WINCH);
        };
        environment.addSignalListener(resize, Signal.WINCH);

        reader = IosLineReader.build(terminal, 20);
        execHistory = reader.getHistory();
        configHistory = new org.jline.reader.impl.history.DefaultHistory(reader);
        reader.getWidgets().put(CTRL_Z_WIDGET, () -> interruptShowing("^Z"));
        reader.getWidgets().put(CTRL_C_WIDGET, () -> interruptShowing("^C"));
        reader.getWidgets().put(HELP_WIDGET, this::help);
        reader.getWidgets().put(COMPLETE_WIDGET, this::complete);
        IosLineReader.bind(reader, CTRL_Z_WIDGET, KeyMap.ctrl('Z'));
        IosLineReader.bind(reader, CTRL_C_WIDGET, KeyMap.ctrl('C'));
        IosLineReader.bind(reader, HELP_WIDGET, "?");
        IosLineReader.bind(reader, COMPLETE_WIDGET, "\t");
        reader.getWidgets().put(ESCAPE_WIDGET, this::escape);
        String escape = String.valueOf((char) CliLoop.ESCAPE);
        IosLineReader.bind(reader, ESCAPE_WIDGET, escape + "x", escape + "X");
    }

    /** True when typed keys wait, in the channel or in the terminal's buffer, to be read by the editor. */
    private boolean inputPending(InputStream in) {
        try {
            Terminal current = terminal;
            return in.available() > 0 || current != null && current.input().available() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Sends the output kept so far: before waiting for a key. */
    private void sendOutput() {
        try {
            terminal.writer().flush();
            output.flushNow();
        } catch (IOException e) {
            // the connection is going away; a read will tell
        }
    }

    /**
     * Ctrl-Z and Ctrl-C: the typed text stays on the screen followed by {@code ^Z} or {@code ^C}, as IOS
     * shows them; Ctrl-C drops the line, Ctrl-Z hands it over to run before configuration mode ends. The
     * reader ends the line by its interrupt, which draws the line as it stands and a line end, without
     * erasing it.
     */
    private boolean interruptShowing(String mark) {
        typedBeforeCtrlZ = mark.equals("^Z") ? reader.wholeLine() : "";
        org.jline.reader.Buffer buffer = reader.getBuffer();
        buffer.cursor(buffer.length());
        buffer.write(mark);
        throw new UserInterruptException(mark);
    }

    /** Ctrl-^ x: the line typed so far is dropped and the reader returns, as IOS leaves a session. */
    private boolean escape() {
        escaped = true;
        reader.getBuffer().clear();
        reader.callWidget(LineReader.ACCEPT_LINE);
        return true;
    }

    /** '?': the help below the line, then the prompt and the line again, as IOS redraws it. */
    private boolean help() {
        if (assistant == null) {
            reader.getBuffer().write('?');
            return true;
        }
        reader.getBuffer().cursor(reader.getBuffer().length());
        reader.callWidget(LineReader.REDISPLAY);
        reader.restoreHidden(); // IOS helps with the whole line, the part a message interrupted included
        String typed = reader.getBuffer().toString();
        String help = assistant.help(typed);
        terminal.writer().write("?\n" + help);
        terminal.writer().flush();
        reader.callWidget(LineReader.REDRAW_LINE);
        reader.callWidget(LineReader.REDISPLAY);
        return true;
    }

    /** Tab: the last word completed when it starts one keyword only. */
    private boolean complete() {
        if (assistant == null) {
            reader.getBuffer().write('\t');
            return true;
        }
        reader.restoreHidden();
        String typed = reader.getBuffer().toString();
        String completed = assistant.complete(typed);
        if (!completed.equals(typed)) {
            reader.getBuffer().clear();
            reader.getBuffer().write(completed);
        }
        return true;
    }

    /**
     * The columns a long line scrolls at (ScrollingLine): the session's {@code terminal width}, as IOS; none
     * at all for 0 and for the widths automation sets (Netmiko 511, Ansible 512), so a long command comes
     * back exactly as it was sent, without the redraws of a scroll.
     */
    static int editingColumns(int terminalWidth) {
        return terminalWidth <= 0 || terminalWidth >= UNWRAPPED_FROM ? UNWRAPPED_COLUMNS : terminalWidth;
    }

    /**
     * The columns for one line read after {@code prompt}: IOS never wraps a prompt, however long (erase's
     * 84-column {@code Continue? [confirm]}), so the margin is that far beyond the prompt's last line.
     */
    static int editingColumns(int terminalWidth, String prompt) {
        int columns = editingColumns(terminalWidth);
        int promptWidth = prompt.length() - prompt.lastIndexOf('\n') - 1;
        return promptWidth < columns - 1 ? columns : Math.min(UNWRAPPED_COLUMNS, promptWidth + columns);
    }

    @Override
    public void selectHistory(boolean configuration) {
        ((org.jline.reader.impl.LineReaderImpl) reader).setHistory(configuration ? configHistory : execHistory);
    }

    @Override
    public void setWidth(int terminalWidth) {
        this.terminalWidth = terminalWidth;
        fitColumns(editingColumns(terminalWidth));
    }

    private void fitColumns(int columns) {
        reader.setScrolling(columns < UNWRAPPED_COLUMNS); // width 0 and automation's widths: no scrolling at all
        Size size = terminal.getSize();
        if (size.getColumns() != columns) {
            terminal.setSize(new Size(columns, size.getRows()));
        }
    }

    @Override
    public void showAsync(String text, boolean synchronous) {
        try {
            asyncPrinter.execute(() -> {
                synchronized (asyncLock) {
                    if (!atPrompt) {
                        heldMessages.addLast(text);
                        return;
                    }
                }
                try {
                    if (synchronous) {
                        reader.printAbove(text.replace("\r\n", "\n"));
                    } else {
                        reader.printInterrupting(text.replace("\r\n", "\n"));
                    }
                } catch (RuntimeException | IOError gone) {
                    // the connection is going away; the message is lost with it
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the session has ended
        }
    }

    @Override
    public ShellInput readLine(String prompt, boolean secret, LineAssistant assistant) {
        if (lineOpen) {
            print("\n"); // a confirming y the command printed nothing after: the prompt starts a line of its own
        }
        synchronized (asyncLock) {
            String held;
            while ((held = heldMessages.pollFirst()) != null) {
                print(held);
            }
            atPrompt = true;
        }
        try {
            return readLineAtPrompt(prompt, secret, assistant);
        } finally {
            synchronized (asyncLock) {
                atPrompt = false;
            }
        }
    }

    private ShellInput readLineAtPrompt(String prompt, boolean secret, LineAssistant assistant) {
        ctrlZPressed = false;
        typedBeforeCtrlZ = "";
        escaped = false;
        this.assistant = secret ? null : assistant;
        fitColumns(editingColumns(terminalWidth, prompt));
        try {
            String line;
            if (secret) {
                reader.setVariable(LineReader.DISABLE_HISTORY, true);
                try {
                    line = reader.readLine(prompt, (char) 0);
                } finally {
                    reader.setVariable(LineReader.DISABLE_HISTORY, false);
                }
            } else {
                line = reader.readLine(prompt);
            }
            if (ctrlZPressed) {
                return ShellInput.CTRL_Z;
            }
            if (escaped) {
                return ShellInput.ESCAPE;
            }
            return ShellInput.line(line);
        } catch (UserInterruptException e) {
            return ShellInput.ctrlZ(typedBeforeCtrlZ);
        } catch (EndOfFileException e) {
            return ShellInput.END;
        } catch (IOError dropped) {
            // JLine wraps the channel's IOException (a client that vanished mid-line) in an IOError: the
            // session just ends, quietly.
            return ShellInput.END;
        }
    }

    /**
     * {@code [confirm]} reads one key, as IOS: Enter confirms and ends the line; {@code y} confirms and is
     * echoed, what the command prints following it ({@code [confirm]y[OK]}); Ctrl-C and Ctrl-Z abandon the
     * command as at any question; any other key is echoed and cancels at once.
     */
    @Override
    public ShellInput readConfirmation(String prompt) throws IOException {
        synchronized (asyncLock) {
            String held;
            while ((held = heldMessages.pollFirst()) != null) {
                print(held);
            }
        }
        print(prompt);
        int key = readKey();
        if (key < 0) {
            return ShellInput.END;
        }
        if (key == '\r' || key == '\n') {
            print("\n");
            return ShellInput.line("");
        }
        if (key == 0x03 || key == 0x1a) {
            print((key == 0x03 ? "^C" : "^Z") + "\n");
            return ShellInput.CTRL_Z;
        }
        String typed = key >= ' ' && key != 0x7f ? String.valueOf((char) key) : "";
        if (key == 'y' || key == 'Y') {
            print(typed);
            lineOpen = true;
            return ShellInput.line(typed);
        }
        print(typed + "\n");
        return ShellInput.line(typed.isEmpty() ? "n" : typed);
    }

    @Override
    public void print(String text) {
        if (!text.isEmpty()) {
            lineOpen = false;
            terminal.writer().write(text.replace("\r\n", "\n"));
            terminal.writer().flush();
        }
    }

    @Override
    public int readKey() throws IOException {
        sendOutput();
        Attributes saved = terminal.enterRawMode();
        try {
            return terminal.reader().read();
        } finally {
            terminal.setAttributes(saved);
        }
    }

    @Override
    public void holdInput() {
        held = terminal.enterRawMode();
    }

    @Override
    public void releaseInput() {
        if (held != null) {
            terminal.setAttributes(held);
            held = null;
        }
    }

    @Override
    public int pollKey(long millis) throws IOException {
        sendOutput();
        int key = terminal.reader().read(millis);
        return key == NonBlockingReader.READ_EXPIRED ? NO_KEY : key;
    }

    @Override
    public void typeAhead(String keys) {
        if (!keys.isEmpty()) {
            reader.runMacro(keys);
        }
    }

    @Override
    public void close() {
        asyncPrinter.shutdownNow();
        environment.removeSignalListener(resize);
        try {
            terminal.close();
        } catch (IOException e) {
            // the connection is going away anyway
        }
    }
}
