package org.looplab.ssh;

import java.net.InetSocketAddress;
import org.looplab.router.Router;

/** Where a router's SSH service listens. An any-address endpoint (0.0.0.0) is told apart by port only. */
public record RouterEndpoint(Router router, InetSocketAddress address) {
    /** True when a connection accepted on {@code local} is for this router. */
    public boolean accepts(InetSocketAddress local) {
        if (local.getPort() != address.getPort()) {
            return false;
        }
        return address.getAddress().isAnyLocalAddress() || address.getAddress().equals(local.getAddress());
    }

    /** The command a user types to log in as {@code user}. */
    public String sshCommand(String user) {
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        return address.getPort() == 22 ? "ssh " + user + "@" + host : "ssh -p " + address.getPort() + " " + user + "@" + host;
    }

    @Override
    public String toString() {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }
}
