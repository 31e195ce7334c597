package org.looplab.ssh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.util.Readable;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.ServerFactoryManager;
import org.apache.sshd.server.session.ServerSessionImpl;
import org.apache.sshd.server.session.SessionFactory;

/**
 * A server session that says why it drops a connection whose client sent a packet larger than SSH
 * allows (MINA, like OpenSSH, takes at most 256 KB in one packet): in practice an exec request of more
 * than 256 KB ({@code ssh r1 "$(cat big.cfg)"}). An exec request is one packet, whatever the channel's
 * window, so it cannot be read in parts. MINA would close the connection while the client was still
 * sending, and the client saw a reset ({@code Broken pipe}, {@code Channel closed.}) instead of MINA's
 * disconnect message. Here the rest of the client's bytes are read and dropped, the disconnect message
 * names the limit and the way around it (the same lines on a shell's standard input), and the output side
 * is shut so the client reads it: OpenSSH prints {@code Received disconnect from ...: 2: % Exec request
 * too long ...} and exits with 255.
 */
final class OversizedPacketSession extends ServerSessionImpl {
    /** The longest packet MINA's decoder takes (a constant in its {@code AbstractSession}). */
    static final int MAX_PACKET = 256 * 1024;
    /** How long a client has to read the message and go before the connection is closed anyway. */
    private static final long LINGER_SECONDS = 10;
    private static final Pattern LENGTH = Pattern.compile("Invalid packet length: (\\d+)");

    private volatile boolean draining;

    OversizedPacketSession(ServerFactoryManager server, IoSession ioSession) throws Exception {
        super(server, ioSession);
    }

    /** The message a client gets for a packet of {@code length} bytes. */
    static String tooLong(long length) {
        return "% Exec request too long (" + length + " bytes; an SSH request holds at most " + MAX_PACKET
                + "): send the lines on standard input instead, as in ssh -T HOST < FILE";
    }

    @Override
    public void messageReceived(Readable buffer) throws Exception {
        if (draining) {
            return; // the rest of the oversized packet, read so that the goodbye is not lost to a reset
        }
        try {
            super.messageReceived(buffer);
        } catch (Exception e) {
            // MINA's decoder notes the oversized length, reads a few more blocks (so that a timing does not
            // tell where decryption failed), then fails: with its note, or with the cipher's tag mismatch.
            SshException oversized = discarding;
            Matcher length = oversized == null ? null : LENGTH.matcher(String.valueOf(oversized.getMessage()));
            if (length == null || !length.find()) {
                throw e;
            }
            draining = true;
            sayGoodbye(tooLong(Long.parseLong(length.group(1))));
        }
    }

    private void sayGoodbye(String message) throws IOException {
        Buffer buffer = createBuffer(SshConstants.SSH_MSG_DISCONNECT, message.length() + 16);
        buffer.putInt(SshConstants.SSH2_DISCONNECT_PROTOCOL_ERROR);
        buffer.putString(message);
        buffer.putString(""); // language tag
        IoSession io = getIoSession();
        writePacket(buffer).addListener(written -> {
            try {
                io.shutdownOutputStream();
            } catch (IOException e) {
                io.close(true);
            }
        });
        getFactoryManager().getScheduledExecutorService().schedule(() -> io.close(true), LINGER_SECONDS,
                TimeUnit.SECONDS);
    }

    /** Creates these sessions for a server. */
    static final class Factory extends SessionFactory {
        Factory(ServerFactoryManager server) {
            super(server);
        }

        @Override
        protected ServerSessionImpl doCreateSession(IoSession ioSession) throws Exception {
            return new OversizedPacketSession(getServer(), ioSession);
        }
    }
}
