package org.looplab.ospf.packets;

import java.util.List;
import org.looplab.net.Ipv4Address;
import org.looplab.ospf.LsaKey;

/** Link State Request (RFC 2328 A.3.4): the LSAs the sender wants, by key. */
public record LinkStateRequest(Ipv4Address routerId, Ipv4Address areaId, List<LsaKey> requests) implements OspfPacket {
    public LinkStateRequest {
        requests = List.copyOf(requests);
    }

    @Override
    public String toString() {
        return "ospf lsr from " + routerId + " " + requests.size() + " requests";
    }
}
