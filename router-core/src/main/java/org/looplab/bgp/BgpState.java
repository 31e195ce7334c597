package org.looplab.bgp;

/** The states of RFC 4271 8.2.2's finite state machine, with the words {@code show ip bgp neighbors} prints. */
public enum BgpState {
    IDLE("Idle"),
    CONNECT("Connect"),
    ACTIVE("Active"),
    OPEN_SENT("OpenSent"),
    OPEN_CONFIRM("OpenConfirm"),
    ESTABLISHED("Established");

    private final String text;

    BgpState(String text) {
        this.text = text;
    }

    /** {@code BGP state = Established}. */
    public String text() {
        return text;
    }
}
