package org.looplab.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A session without a PTY ({@code ssh -T}, scripts): the client sends whole lines and does not echo, so the
 * device echoes each line it reads after the prompt, as IOS does. Accepts CR, LF or CR LF line ends.
 */
final class PlainShellIo implements ShellIo {
    private static final int CTRL_C = 0x03;
    private static final int BACKSPACE = 0x08;
    private static final int CTRL_Z = 0x1a;
    private static final int DELETE = 0x7f;

    private final BlockInput in;
    private final InputAwareOutputStream out;
    private boolean skipLineFeed;
    /** Keys typed ahead during a command, read before the channel's. */
    private byte[] typedAhead = new byte[0];
    private int typedAheadAt;

    PlainShellIo(InputStream in, OutputStream out) {
        // Read in blocks, not a byte at a time from the channel's stream (a lock and a window check each).
        this.in = new BlockInput(in);
        this.out = new InputAwareOutputStream(out, this::inputPending);
    }

    /** True when a line end or key is already waiting: what is printed now can go with what follows. */
    private boolean inputPending() {
        try {
            return typedAheadAt < typedAhead.length || in.hasBuffered() || in.available() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public ShellInput readLine(String prompt, boolean secret, LineAssistant assistant) throws IOException {
        write(prompt);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = read();
            if (b < 0) {
                if (line.size() == 0) {
                    return ShellInput.END;
                }
                return accepted(line, secret); // a last line without its newline still runs
            }
            if (b == '\n' && skipLineFeed) {
                skipLineFeed = false;
                continue;
            }
            skipLineFeed = b == '\r';
            switch (b) {
                case '\r', '\n' -> {
                    return accepted(line, secret);
                }
                case CTRL_Z, CTRL_C -> {
                    write("^Z\n");
                    return ShellInput.CTRL_Z;
                }
                case CliLoop.ESCAPE -> {
                    int next = read();
                    if (next == 'x' || next == 'X') {
                        write("\n");
                        return ShellInput.ESCAPE;
                    }
                }
                case '?' -> {
                    if (secret) {
                        line.write(b);
                    } else {
                        // IOS answers '?' at once: the line so far, the help, then the prompt again; the
                        // line is echoed whole when it is accepted, so the screen reads as on a console.
                        String typed = line.toString(StandardCharsets.UTF_8);
                        write(typed + "?\n" + assistant.help(typed) + prompt);
                    }
                }
                case '\t' -> {
                    if (secret) {
                        line.write(b);
                    } else {
                        String completed = assistant.complete(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                        line.writeBytes(completed.getBytes(StandardCharsets.UTF_8));
                    }
                }
                case BACKSPACE, DELETE -> {
                    byte[] kept = line.toByteArray();
                    line.reset();
                    line.write(kept, 0, Math.max(0, kept.length - 1));
                }
                default -> line.write(b);
            }
        }
    }

    private ShellInput accepted(ByteArrayOutputStream line, boolean secret) throws IOException {
        String text = line.toString(StandardCharsets.UTF_8);
        write((secret ? "" : text) + "\n");
        return ShellInput.line(text);
    }

    @Override
    public void print(String text) throws IOException {
        write(text);
    }

    private int read() throws IOException {
        if (typedAheadAt < typedAhead.length) {
            return typedAhead[typedAheadAt++] & 0xff;
        }
        if (!in.hasBuffered() && in.available() <= 0) {
            out.flushNow(); // the user may be waiting for what was printed before typing more
        }
        return in.read();
    }

    @Override
    public int pollKey(long millis) throws IOException {
        out.flushNow();
        long deadline = System.nanoTime() + millis * 1_000_000L;
        // The channel's stream has no timed read: look for bytes every few milliseconds until the deadline.
        while (in.available() <= 0) {
            if (System.nanoTime() >= deadline) {
                return NO_KEY;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return in.read();
    }

    @Override
    public void typeAhead(String keys) {
        byte[] bytes = keys.getBytes(StandardCharsets.UTF_8);
        byte[] rest = java.util.Arrays.copyOfRange(typedAhead, typedAheadAt, typedAhead.length);
        typedAhead = new byte[bytes.length + rest.length];
        System.arraycopy(bytes, 0, typedAhead, 0, bytes.length);
        System.arraycopy(rest, 0, typedAhead, bytes.length, rest.length);
        typedAheadAt = 0;
    }

    @Override
    public int readKey() throws IOException {
        int b = read();
        if (b == '\n' && skipLineFeed) {
            b = read();
        }
        skipLineFeed = b == '\r';
        return b;
    }

    private void write(String text) throws IOException {
        if (!text.isEmpty()) {
            out.write(text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    /**
     * The channel's input read in blocks. It answers "is a byte waiting" from its own buffer first: asking
     * the channel takes its lock, and that once per byte of a 1 MB paste was a lock a byte.
     */
    private static final class BlockInput extends java.io.BufferedInputStream {
        BlockInput(InputStream in) {
            super(in, 8192);
        }

        boolean hasBuffered() {
            return pos < count;
        }
    }

    @Override
    public void close() {
        // the channel owns the streams
    }
}
