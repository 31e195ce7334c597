package org.looplab.ospf;

/** The OSPF network type of an interface (RFC 2328 1.2); IOS's {@code show ip ospf interface} wording. */
public enum NetworkType {
    /** Ethernet's default: hellos to 224.0.0.5, DR/BDR election. */
    BROADCAST("BROADCAST"),
    /** {@code ip ospf network point-to-point}: no election, one neighbour. */
    POINT_TO_POINT("POINT_TO_POINT"),
    /** A loopback: advertised as a /32 host route, no hellos. */
    LOOPBACK("LOOPBACK");

    private final String text;

    NetworkType(String text) {
        this.text = text;
    }

    /** {@code Network Type BROADCAST}. */
    public String text() {
        return text;
    }
}
