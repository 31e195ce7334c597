package org.looplab.tcp;

/** Why a connection ended, as its application is told once through {@link TcpConnection.Handler#closed}. */
public enum TcpCloseReason {
    /** Our SYN was answered by a RST: nothing listens on that port ("connection refused"). */
    REFUSED,
    /** The peer reset an open connection. */
    RESET,
    /** The handshake did not finish within the SYN wait time, or a segment's retransmissions gave up. */
    TIMED_OUT,
    /** The peer's FIN arrived after all its data; the connection then finishes closing by itself. */
    PEER_CLOSED,
    /** The application called {@link TcpConnection#close()} or {@link TcpConnection#abort()}. */
    LOCAL_CLOSE,
    /** The SYN could not leave the router: no route to the peer, or no source address for it. */
    NO_ROUTE
}
