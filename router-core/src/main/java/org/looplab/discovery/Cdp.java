package org.looplab.discovery;

import org.looplab.dataplane.LinkFrame;
import org.looplab.router.Duplex;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * Cisco Discovery Protocol as IOS 15 runs it by default: on, a frame every 60 s on each port, neighbours kept
 * 180 s ({@code cdp run}, {@code cdp timer}, {@code cdp holdtime}, {@code [no] cdp enable} per port).
 */
public final class Cdp extends LinkDiscovery {
    public static final String PROTOCOL = "CDP";
    public static final int DEFAULT_TIMER_SECONDS = 60;
    public static final int DEFAULT_HOLDTIME_SECONDS = 180;
    /** 802.3 header, LLC/SNAP (OUI 00000C, type 0x2000) and the CDP header (version, TTL, checksum). */
    private static final int HEADER_BYTES = 14 + 8 + 4;
    /** An address TLV's header and count, and one IPv4 address in it (type, length, protocol, length, address). */
    private static final int ADDRESS_TLV_BYTES = 4 + 4 + 9;

    private Cdp(Router router) {
        super(router, PROTOCOL, true, DEFAULT_TIMER_SECONDS, DEFAULT_HOLDTIME_SECONDS);
    }

    /** The router's CDP, made on first use; it runs once the lab starts it ({@link DiscoveryProtocols#start}). */
    public static Cdp of(Router router) {
        return router.attachment(Cdp.class, Cdp::new);
    }

    public static Cdp ifPresent(Router router) {
        return router.attachmentIfPresent(Cdp.class);
    }

    /** The frame's length from its TLVs: device ID, addresses, port ID, capabilities, version, platform, duplex, management addresses. */
    @Override
    protected LinkFrame frame(Interface out, Advertisement advertisement) {
        int addresses = advertisement.address() == null ? 8 : ADDRESS_TLV_BYTES;
        int bytes = HEADER_BYTES + 4 + advertisement.deviceId().length() + addresses
                + 4 + advertisement.portId().length() + 8 + 4 + advertisement.softwareDescription().length()
                + 4 + advertisement.platform().length() + 5 + addresses;
        return new LinkFrame(PROTOCOL, bytes, advertisement);
    }

    /**
     * IOS compares the neighbour's Full/Half Duplex TLV with the port's own duplex at every frame and logs a
     * mismatch each time, naming its own side by what it is not.
     */
    @Override
    protected void heard(Interface in, Advertisement heard) {
        Duplex mine = in.operatingDuplex();
        if (mine == null || heard.duplex() == null || mine == heard.duplex()) {
            return;
        }
        Duplex other = mine == Duplex.FULL ? Duplex.HALF : Duplex.FULL;
        in.router().log("%CDP-4-DUPLEX_MISMATCH: duplex mismatch discovered on " + in.name().fullName() + " (not "
                + other.keyword() + " duplex), with " + heard.deviceId() + " " + heard.portId() + " ("
                + heard.duplex().keyword() + " duplex).");
    }
}
