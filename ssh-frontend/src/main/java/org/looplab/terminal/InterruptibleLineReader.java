package org.looplab.terminal;

import java.util.HashMap;
import org.jline.reader.MaskingCallback;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;

/**
 * A line reader a log message interrupts as IOS's line does without {@code logging synchronous}: the
 * message starts on a new line after the half-typed text and leaves the cursor at the start of the line
 * below it. The text typed so far stays in the line but is not drawn again; what is typed next is echoed
 * from there, Enter runs the whole line, and Ctrl-R ({@link #restoreHidden}) prints the prompt and the
 * whole line again.
 */
public final class InterruptibleLineReader extends LineReaderImpl {
    /** What was typed before the messages, no longer on the screen; part of the line all the same. */
    private String hidden = "";
    /** The prompt while the line is interrupted (none is drawn then); null when it is not. */
    private AttributedString interruptedPrompt;
    /** True when a line longer than the terminal scrolls horizontally, as IOS's editing draws it. */
    private boolean scrolling;
    private final ScrollingLine scrolled = new ScrollingLine();

    InterruptibleLineReader(Terminal terminal) {
        super(terminal, "looplab", new HashMap<>());
    }

    @Override
    public String readLine(String prompt, String rightPrompt, MaskingCallback maskingCallback, String buffer) {
        lock.lock();
        try {
            hidden = "";
            interruptedPrompt = null;
            scrolled.newLine();
        } finally {
            lock.unlock();
        }
        return super.readLine(prompt, rightPrompt, maskingCallback, buffer);
    }

    /**
     * Draws a line longer than the terminal as IOS does, scrolled sideways with plain bytes
     * ({@link ScrollingLine}), instead of wrapping it; off, JLine draws and wraps as it does.
     */
    public void setScrolling(boolean on) {
        lock.lock();
        try {
            scrolling = on;
        } finally {
            lock.unlock();
        }
    }

    private boolean drawsScrolled() {
        return scrolling && maskingCallback == null && size.getColumns() > 0;
    }

    @Override
    protected void redisplay(boolean flush) {
        lock.lock();
        try {
            if (!drawsScrolled()) {
                super.redisplay(flush);
                return;
            }
            String bytes = scrolled.update(prompt.toString(), buf.toString(), buf.cursor(), size.getColumns());
            terminal.writer().write(bytes);
            if (flush) {
                terminal.flush();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The cursor is on a new row (Ctrl-L, help, the end of a line): the next redisplay draws it all. */
    @Override
    public boolean redrawLine() {
        scrolled.forget();
        return super.redrawLine();
    }

    /** With {@code logging synchronous}: the message below the line, then the prompt and the line again. */
    @Override
    public void printAbove(String message) {
        lock.lock();
        try {
            if (!reading || !drawsScrolled()) {
                super.printAbove(message);
                return;
            }
            terminal.writer().write(scrolled.toEnd() + "\n" + message + (message.endsWith("\n") ? "" : "\n"));
            redrawLine();
            redisplay(false);
            terminal.flush();
        } finally {
            lock.unlock();
        }
    }

    /** Prints a message (lines ending with "\n") where the cursor is, from any thread, as IOS does. */
    public void printInterrupting(String message) {
        lock.lock();
        try {
            if (!reading) {
                terminal.writer().print(message);
                terminal.flush();
                return;
            }
            if (buf.cursor() != buf.length()) {
                buf.cursor(buf.length());
                redisplay(false);
            }
            boolean atLineStart = prompt.length() == 0 && buf.length() == 0;
            terminal.writer().print((atLineStart ? "" : "\n") + message);
            if (interruptedPrompt == null) {
                interruptedPrompt = prompt;
            }
            hidden += buf.toString();
            buf.clear();
            prompt = AttributedString.EMPTY;
            // A fresh display: the cursor is at the start of an empty line, as the message left it.
            display = new Display(terminal, false);
            display.resize(size.getRows(), size.getColumns());
            scrolled.forget();
            terminal.flush();
        } finally {
            lock.unlock();
        }
    }

    /** The line as it is again, prompt included, when a message interrupted it (Ctrl-R, '?', Tab). Reader thread. */
    public void restoreHidden() {
        if (interruptedPrompt == null) {
            return;
        }
        String typed = buf.toString();
        int cursor = hidden.length() + buf.cursor();
        buf.clear();
        buf.write(hidden + typed);
        buf.cursor(cursor);
        prompt = interruptedPrompt;
        hidden = "";
        interruptedPrompt = null;
    }

    /** The whole line typed so far, the part a message interrupted included. */
    public String wholeLine() {
        return hidden + buf.toString();
    }

    /** A recalled line replaces the whole line, the part a message interrupted included. */
    @Override
    protected boolean upLineOrHistory() {
        dropHidden();
        return super.upLineOrHistory();
    }

    @Override
    protected boolean downLineOrHistory() {
        dropHidden();
        return super.downLineOrHistory();
    }

    private void dropHidden() {
        if (interruptedPrompt != null) {
            prompt = interruptedPrompt;
            hidden = "";
            interruptedPrompt = null;
        }
    }

    /** Backspace at the start of what is drawn deletes from the interrupted part, which the screen no longer shows. */
    @Override
    protected boolean backwardDeleteChar() {
        if (interruptedPrompt != null && buf.cursor() == 0 && !hidden.isEmpty()) {
            hidden = hidden.substring(0, hidden.length() - 1);
            return true;
        }
        return super.backwardDeleteChar();
    }

    /** Enter: the whole line, what the screen no longer shows included, runs and goes to the history. */
    @Override
    protected String finishBuffer() {
        if (interruptedPrompt == null) {
            return super.finishBuffer();
        }
        // The screen stays as it is (the reader draws the line once more on its way out); the next line
        // starts afresh.
        return finish(hidden + buf.toString());
    }
}
