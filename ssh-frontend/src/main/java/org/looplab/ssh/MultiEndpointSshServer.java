package org.looplab.ssh;

import java.io.IOException;
import java.net.SocketAddress;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.SessionFactory;

/**
 * An {@link SshServer} that listens on several socket addresses at once. {@code SshServer.start()} binds
 * one port on a list of hosts; the acceptor it creates can bind any further address, so one server (one
 * set of threads, one host key) serves every router of the lab.
 */
final class MultiEndpointSshServer extends SshServer {
    @Override
    protected SessionFactory createSessionFactory() {
        return new OversizedPacketSession.Factory(this);
    }

    /** Binds one more address; the server must be started. */
    void bindAlso(SocketAddress address) throws IOException {
        if (acceptor == null) {
            throw new IllegalStateException("the SSH server is not started");
        }
        acceptor.bind(address);
    }
}
