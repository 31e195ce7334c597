package org.looplab.tcp;

/** The states of a TCP connection, with RFC 793's names (RFC 9293 3.3.2). */
public enum TcpState {
    CLOSED,
    LISTEN,
    SYN_SENT,
    SYN_RCVD,
    ESTABLISHED,
    FIN_WAIT_1,
    FIN_WAIT_2,
    CLOSE_WAIT,
    CLOSING,
    LAST_ACK,
    TIME_WAIT;

    /** True once the three-way handshake is done (RFC 9293's "synchronized states"), until CLOSED. */
    public boolean isSynchronized() {
        return this != CLOSED && this != LISTEN && this != SYN_SENT && this != SYN_RCVD;
    }
}
