package org.looplab.bgp.message;

import java.util.List;
import org.looplab.net.Ipv4Address;

/**
 * OPEN (RFC 4271 4.2): version, My Autonomous System (two octets: AS_TRANS for a four-octet AS, RFC 6793),
 * Hold Time, BGP Identifier, and the capabilities (RFC 5492).
 */
public record OpenMessage(int version, int myAutonomousSystem, int holdTime, Ipv4Address bgpIdentifier,
                          List<Capability> capabilities) implements BgpMessage {
    public static final int VERSION = 4;

    public OpenMessage {
        capabilities = List.copyOf(capabilities);
    }

    /** The OPEN looplab sends: IPv4 unicast, route refresh and four-octet AS. */
    public static OpenMessage of(long asNumber, int holdTime, Ipv4Address bgpIdentifier) {
        int twoOctet = asNumber > 0xFFFF ? org.looplab.bgp.AsNumber.AS_TRANS : (int) asNumber;
        return new OpenMessage(VERSION, twoOctet, holdTime, bgpIdentifier, List.of(Capability.Multiprotocol.IPV4_UNICAST,
                new Capability.RouteRefresh(), new Capability.FourOctetAs(asNumber)));
    }

    /** The sender's AS: the four-octet capability's when present, else the two-octet field (RFC 6793 4.1). */
    public long asNumber() {
        for (Capability capability : capabilities) {
            if (capability instanceof Capability.FourOctetAs four) {
                return four.asNumber();
            }
        }
        return myAutonomousSystem;
    }

    public boolean supportsFourOctetAs() {
        return capabilities.stream().anyMatch(c -> c instanceof Capability.FourOctetAs);
    }

    public boolean supportsRouteRefresh() {
        return capabilities.stream().anyMatch(c -> c instanceof Capability.RouteRefresh);
    }

    @Override
    public int type() {
        return OPEN;
    }
}
