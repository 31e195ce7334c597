package org.looplab.ospf;

/**
 * The OSPF interface states of RFC 2328 9.1, with IOS's wording for {@code show ip ospf interface}
 * ({@code State DR}) and the short form of {@code show ip ospf interface brief} ({@code DROTH}).
 */
public enum InterfaceState {
    DOWN("DOWN", "DOWN"),
    LOOPBACK("LOOPBACK", "LOOP"),
    WAITING("WAITING", "WAIT"),
    POINT_TO_POINT("POINT_TO_POINT", "P2P"),
    DR_OTHER("DROTHER", "DROTH"),
    BACKUP("BDR", "BDR"),
    DR("DR", "DR");

    private final String text;
    private final String brief;

    InterfaceState(String text, String brief) {
        this.text = text;
        this.brief = brief;
    }

    public String text() {
        return text;
    }

    public String brief() {
        return brief;
    }
}
