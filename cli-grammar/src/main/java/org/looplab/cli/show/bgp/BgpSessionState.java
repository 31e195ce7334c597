package org.looplab.cli.show.bgp;

/**
 * A neighbour's session state as the shows print it: the RFC 4271 FSM state, and IOS's two idle states
 * that name why the session stays down ({@code neighbor shutdown}: {@code Idle (Admin)}; maximum-prefix
 * exceeded: {@code Idle (PfxCt)}). {@code show ip bgp summary} prints {@link #summaryText()}, {@code show ip
 * bgp neighbors} prints {@link #fsmText()} after "BGP state =". The two qualified idle states carry the
 * extra leading and trailing space a real IOS summary shows around them
 * (../shared/ios-reference/samples/cisco_ios_show_ip_bgp_summary.raw).
 */
public enum BgpSessionState {
    IDLE("Idle", "Idle"),
    /* The real sample prints these one column further right than plain states, with a trailing space. */
    IDLE_ADMIN(" Idle (Admin) ", "Idle"),
    IDLE_PREFIX_COUNT(" Idle (PfxCt) ", "Idle"),
    CONNECT("Connect", "Connect"),
    ACTIVE("Active", "Active"),
    OPEN_SENT("OpenSent", "OpenSent"),
    OPEN_CONFIRM("OpenConfirm", "OpenConfirm"),
    ESTABLISHED("Established", "Established");

    private final String summaryText;
    private final String fsmText;

    BgpSessionState(String summaryText, String fsmText) {
        this.summaryText = summaryText;
        this.fsmText = fsmText;
    }

    public String summaryText() {
        return summaryText;
    }

    public String fsmText() {
        return fsmText;
    }
}
