package org.looplab.ospf.packets;

import java.util.List;
import org.looplab.net.Ipv4Address;
import org.looplab.ospf.Lsa;

/** Link State Acknowledgment (RFC 2328 A.3.6): the headers of the LSAs acknowledged. */
public record LinkStateAck(Ipv4Address routerId, Ipv4Address areaId, List<Lsa> headers) implements OspfPacket {
    public LinkStateAck {
        headers = List.copyOf(headers);
    }

    @Override
    public String toString() {
        return "ospf ack from " + routerId + " " + headers.size() + " headers";
    }
}
