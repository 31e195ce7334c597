package org.looplab.ospf.packets;

import org.looplab.dataplane.ProtocolPayload;
import org.looplab.net.Ipv4Address;

/**
 * An OSPFv2 packet (RFC 2328 A.3): the common header's router id and area id, and one of the five packet
 * types. Carried in IP protocol 89, to 224.0.0.5 (AllSPFRouters), 224.0.0.6 (AllDRouters) or a
 * neighbour's address, with TTL 1.
 */
public sealed interface OspfPacket extends ProtocolPayload
        permits Hello, DatabaseDescription, LinkStateRequest, LinkStateUpdate, LinkStateAck {
    Ipv4Address ALL_SPF_ROUTERS = Ipv4Address.of("224.0.0.5");
    Ipv4Address ALL_D_ROUTERS = Ipv4Address.of("224.0.0.6");

    Ipv4Address routerId();

    Ipv4Address areaId();

    @Override
    default int protocol() {
        return 89;
    }

    /** The packet type of the common header (RFC 2328 A.3.1). */
    @Override
    default int messageType() {
        if (this instanceof Hello) {
            return 1;
        } else if (this instanceof DatabaseDescription) {
            return 2;
        } else if (this instanceof LinkStateRequest) {
            return 3;
        }
        return this instanceof LinkStateUpdate ? 4 : 5;
    }
}
