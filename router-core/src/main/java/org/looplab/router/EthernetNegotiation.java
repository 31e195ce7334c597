package org.looplab.router;

/**
 * What two Ethernet ports on one cable agree on (IEEE 802.3 clause 28). A port negotiates unless both its
 * speed and its duplex are set (IOS turns auto-negotiation off then). Two negotiating ports take the best
 * mode both offer: the set speed or 1000 Mb/s, full duplex unless one offers only half. A negotiating port
 * facing one that does not finds its speed by parallel detection and, having no way to learn the duplex,
 * runs half duplex (unless its own duplex is set): the classic duplex mismatch. Ports whose speeds differ
 * see no carrier, so the link stays down.
 */
public final class EthernetNegotiation {
    /** The speed of a port with nothing set and a negotiating partner: the iGbE port's 1 Gb/s. */
    public static final int TOP_SPEED_MBPS = 1000;

    private EthernetNegotiation() {
    }

    /** True when a port negotiates: its speed or its duplex is left to auto. */
    public static boolean negotiates(Interface port) {
        return port.configuredSpeedMbps() == 0 || port.configuredDuplex() == Duplex.AUTO;
    }

    /** The speed {@code port} runs at facing {@code far}, or 0 when they cannot agree (no carrier). */
    public static int speedMbps(Interface port, Interface far) {
        int mine = port.configuredSpeedMbps();
        int theirs = far.configuredSpeedMbps();
        if (mine != 0 && theirs != 0 && mine != theirs) {
            return 0;
        }
        return mine != 0 ? mine : theirs != 0 ? theirs : TOP_SPEED_MBPS;
    }

    /** The duplex {@code port} runs at facing {@code far} (the two may differ: a duplex mismatch). */
    public static Duplex duplex(Interface port, Interface far) {
        if (port.configuredDuplex() != Duplex.AUTO) {
            return port.configuredDuplex();
        }
        if (!negotiates(far)) {
            return Duplex.HALF; // parallel detection learns the speed only
        }
        return far.configuredDuplex() == Duplex.HALF ? Duplex.HALF : Duplex.FULL;
    }
}
