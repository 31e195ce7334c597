package org.looplab.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.common.channel.ChannelPipedInputStream;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.NonBlocking;
import org.jline.utils.NonBlockingInputStream;
import org.jline.utils.NonBlockingReader;

/**
 * JLine's {@code ExternalTerminal} without its input pump thread: the thread that reads a key moves the
 * channel's bytes through the line discipline itself, when the keys already there are used up. A PTY
 * session then costs one thread (its own), not two, and pasted input waits in the channel, under SSH's
 * flow control, rather than in a pump.
 */
final class PullingTerminal extends LineDisciplineTerminal {
    /** The line discipline's pipe holds 1,024 bytes: pulling at most that never blocks the puller. */
    private static final int CHUNK = 1024;

    private final ChannelPipedInputStream channel;
    private final byte[] chunk = new byte[CHUNK];
    private final PulledInput input = new PulledInput();
    private final NonBlockingReader keys;
    private boolean ended;

    PullingTerminal(String type, InputStream channel, OutputStream out, Attributes attributes, Size size)
            throws IOException {
        super("looplab", type, out, StandardCharsets.UTF_8, SignalHandler.SIG_DFL);
        if (!(channel instanceof ChannelPipedInputStream piped)) {
            throw new IOException("a PTY session needs the SSH channel's own input stream");
        }
        this.channel = piped;
        this.keys = NonBlocking.nonBlocking(getName(), input, StandardCharsets.UTF_8);
        setAttributes(attributes);
        setSize(size);
    }

    @Override
    public NonBlockingReader reader() {
        return keys;
    }

    @Override
    public InputStream input() {
        return input;
    }

    /**
     * Moves what the channel holds through the line discipline, waiting at most {@code waitMillis} for it
     * (0: until something comes). False when nothing came in time.
     */
    private boolean pull(long waitMillis) throws IOException {
        channel.setTimeout(waitMillis);
        int count;
        try {
            count = channel.read(chunk, 0, chunk.length);
        } catch (SocketException timedOut) {
            if (waitMillis > 0 && channel.isOpen()) {
                return false; // MINA's pipe reports its time-out this way
            }
            throw timedOut;
        }
        if (count < 0) {
            ended = true;
            slaveInput.close(); // what the discipline holds is still read, then the end
            return true;
        }
        processInputBytes(chunk, 0, count);
        return true;
    }

    /** The terminal's input as the line discipline leaves it, pulled from the channel on demand. */
    private final class PulledInput extends NonBlockingInputStream {
        @Override
        public int read(long timeout, boolean isPeek) throws IOException {
            long deadline = System.currentTimeMillis() + timeout;
            while (slaveInput.available() == 0 && !ended) {
                long wait = timeout <= 0 ? 0 : deadline - System.currentTimeMillis();
                if (timeout > 0 && wait <= 0 || !pull(Math.max(wait, 0))) {
                    return READ_EXPIRED;
                }
            }
            return slaveInput.read(0L, isPeek);
        }

        @Override
        public int available() {
            return slaveInput.available();
        }

        @Override
        public void close() throws IOException {
            slaveInput.close();
        }
    }
}
