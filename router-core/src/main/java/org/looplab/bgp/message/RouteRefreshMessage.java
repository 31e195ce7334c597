package org.looplab.bgp.message;

/** ROUTE-REFRESH (RFC 2918 3): AFI, reserved, SAFI; 23 octets. */
public record RouteRefreshMessage(int afi, int safi) implements BgpMessage {
    public static final RouteRefreshMessage IPV4_UNICAST = new RouteRefreshMessage(Capability.AFI_IPV4, Capability.SAFI_UNICAST);

    @Override
    public int type() {
        return ROUTE_REFRESH;
    }
}
