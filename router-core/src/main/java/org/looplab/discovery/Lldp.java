package org.looplab.discovery;

import org.looplab.dataplane.LinkFrame;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * LLDP (IEEE 802.1AB) as IOS 15 runs it: off until {@code lldp run}; then a frame every 30 s on each port,
 * neighbours kept 120 s ({@code lldp timer}, {@code lldp holdtime}, {@code [no] lldp transmit|receive} per port).
 */
public final class Lldp extends LinkDiscovery {
    public static final String PROTOCOL = "LLDP";
    public static final int DEFAULT_TIMER_SECONDS = 30;
    public static final int DEFAULT_HOLDTIME_SECONDS = 120;
    /** Ethernet II header (EtherType 0x88CC). */
    private static final int HEADER_BYTES = 14;
    private static final int MINIMUM_FRAME_BYTES = 60;

    private Lldp(Router router) {
        super(router, PROTOCOL, false, DEFAULT_TIMER_SECONDS, DEFAULT_HOLDTIME_SECONDS);
    }

    /** The router's LLDP, made on first use; off until {@code lldp run}. */
    public static Lldp of(Router router) {
        return router.attachment(Lldp.class, Lldp::new);
    }

    public static Lldp ifPresent(Router router) {
        return router.attachmentIfPresent(Lldp.class);
    }

    /** The frame's length from its TLVs: chassis ID, port ID, TTL, system name and description, capabilities, management address, end. */
    @Override
    protected LinkFrame frame(Interface out, Advertisement advertisement) {
        int management = advertisement.address() == null ? 0 : 2 + 12;
        int bytes = HEADER_BYTES + (2 + 7) + (2 + 1 + advertisement.portId().length()) + (2 + 2)
                + (2 + advertisement.deviceId().length()) + (2 + advertisement.softwareDescription().length())
                + (2 + 4) + management + 2;
        return new LinkFrame(PROTOCOL, Math.max(MINIMUM_FRAME_BYTES, bytes), advertisement);
    }
}
