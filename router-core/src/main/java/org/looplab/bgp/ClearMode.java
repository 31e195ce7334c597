package org.looplab.bgp;

/** What {@code clear ip bgp TARGET [soft [in | out]]} does to each neighbor it names. */
public enum ClearMode {
    /** {@code clear ip bgp X}: the session is reset (Cease, Administrative Reset). */
    HARD,
    /** {@code clear ip bgp X soft}: inbound and outbound policy applied again, the session kept. */
    SOFT,
    /** {@code soft in}: from the soft-reconfiguration copy, else by ROUTE-REFRESH (RFC 2918). */
    SOFT_IN,
    /** {@code soft out}: every prefix advertised again. */
    SOFT_OUT
}
