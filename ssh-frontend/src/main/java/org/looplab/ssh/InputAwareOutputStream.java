package org.looplab.ssh;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;

/**
 * A session's output that is sent when the user could be waiting for it: a {@link #flush} while more
 * input is already waiting to be read (a paste, a script piped into {@code ssh -T}) only keeps the text,
 * since reading that input prints more; the next flush with nothing left to read sends it all. So a
 * pasted line's prompt, echo and output leave in a few large SSH packets instead of three small ones per
 * line (each a packet for MINA's write queue and a window to wait for), and a typed key is echoed at
 * once as before. The channel's stream still sends a full packet by itself, so output goes out as it
 * comes even during a long paste. {@link #flushNow} sends regardless (before a read that may block).
 */
final class InputAwareOutputStream extends FilterOutputStream {
    private final BooleanSupplier inputPending;

    InputAwareOutputStream(OutputStream out, BooleanSupplier inputPending) {
        super(out);
        this.inputPending = inputPending;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (!inputPending.getAsBoolean()) {
            out.flush();
        }
    }

    /** Sends what is kept, whatever input waits. */
    void flushNow() throws IOException {
        out.flush();
    }
}
