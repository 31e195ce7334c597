package org.looplab.tcp;

/** A passive open on one port (RFC 9293 3.3.2's LISTEN); closing it leaves accepted connections alone. */
public interface TcpListener {
    void close();

    /** Decides, when a SYN arrives, whether to take the connection. */
    @FunctionalInterface
    interface AcceptHandler {
        /**
         * Called with the new connection in SYN_RCVD, before the SYN-ACK leaves (so the application may
         * still {@link TcpConnection#setTtl set its TTL}). Returns its handler, or null to refuse: the peer
         * gets a RST, as IOS answers a BGP SYN from an address that is not a configured neighbour.
         */
        TcpConnection.Handler accepted(TcpConnection connection);
    }
}
