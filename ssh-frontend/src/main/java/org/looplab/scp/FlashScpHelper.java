package org.looplab.scp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.apache.sshd.common.file.util.MockPath;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.scp.common.ScpException;
import org.apache.sshd.scp.common.ScpHelper;
import org.apache.sshd.scp.common.ScpSourceStreamResolver;
import org.apache.sshd.scp.common.ScpTargetStreamResolver;
import org.apache.sshd.scp.common.helpers.ScpAckInfo;
import org.apache.sshd.scp.common.helpers.ScpTimestampCommandDetails;

/**
 * MINA's SCP protocol (headers, acknowledgements, data) over streams of bytes instead of host paths:
 * what a router's flash holds never touches the host's file system.
 */
final class FlashScpHelper extends ScpHelper {
    /** Where a received file goes, once all its bytes are in. */
    @FunctionalInterface
    interface Sink {
        void accept(String name, byte[] content) throws IOException;
    }

    FlashScpHelper(Session session, InputStream in, OutputStream out) {
        super(session, in, out, null, null, null);
    }

    /** {@code scp -t}: receives files until the client closes, handing each to {@code sink}. */
    void receiveFiles(String command, Sink sink) throws IOException {
        receive(command, (session, line, isDirectory, time) -> {
            if (isDirectory) {
                throw new ScpException("flash0: has no directories", ScpAckInfo.ERROR);
            }
            receiveStream(line, new Target(sink), time, false, DEFAULT_RECEIVE_BUFFER_SIZE);
        });
    }

    /** {@code scp -f}: sends one file once the client is ready. */
    void sendFile(String name, byte[] content) throws IOException {
        readAndValidateOperationAck("send", name);
        sendStream(new Source(name, content), false, DEFAULT_SEND_BUFFER_SIZE);
    }

    /** A fatal error the client prints ({@code scp: MESSAGE}) before it exits. */
    void fail(String message) throws IOException {
        sendError(message);
    }

    private static final class Target implements ScpTargetStreamResolver {
        private final Sink sink;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private String name = "";

        Target(Sink sink) {
            this.sink = sink;
        }

        @Override
        public OutputStream resolveTargetStream(Session session, String fileName, long length,
                Set<PosixFilePermission> perms, OpenOption... options) {
            name = fileName;
            return bytes;
        }

        @Override
        public Path getEventListenerFilePath() {
            return new MockPath(name);
        }

        @Override
        public void postProcessReceivedData(String fileName, boolean preserve, Set<PosixFilePermission> perms,
                ScpTimestampCommandDetails time) throws IOException {
            sink.accept(fileName, bytes.toByteArray());
        }
    }

    private record Source(String name, byte[] content) implements ScpSourceStreamResolver {
        @Override
        public String getFileName() {
            return name;
        }

        @Override
        public Path getEventListenerFilePath() {
            return new MockPath(name);
        }

        @Override
        public Collection<PosixFilePermission> getPermissions() {
            return EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }

        @Override
        public ScpTimestampCommandDetails getTimestamp() {
            return null;
        }

        @Override
        public long getSize() {
            return content.length;
        }

        @Override
        public InputStream resolveSourceStream(Session session, long length, Set<PosixFilePermission> perms,
                OpenOption... options) {
            return new ByteArrayInputStream(content);
        }
    }
}
