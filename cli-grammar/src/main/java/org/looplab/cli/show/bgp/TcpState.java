package org.looplab.cli.show.bgp;

/** A TCP connection's state (RFC 793) as IOS's {@code show tcp} prints it. */
public enum TcpState {
    CLOSED("CLOSED"),
    LISTEN("LISTEN"),
    SYN_SENT("SYNSENT"),
    SYN_RECEIVED("SYNRCVD"),
    ESTABLISHED("ESTAB"),
    FIN_WAIT_1("FINWAIT1"),
    FIN_WAIT_2("FINWAIT2"),
    CLOSE_WAIT("CLOSEWAIT"),
    LAST_ACK("LASTACK"),
    CLOSING("CLOSING"),
    TIME_WAIT("TIMEWAIT");

    private final String text;

    TcpState(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
