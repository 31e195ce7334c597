package org.looplab.ospf.packets;

import java.util.List;
import org.looplab.net.Ipv4Address;
import org.looplab.ospf.Lsa;

/** Link State Update (RFC 2328 A.3.5): whole LSAs, flooded or sent in answer to a request. */
public record LinkStateUpdate(Ipv4Address routerId, Ipv4Address areaId, List<Lsa> lsas) implements OspfPacket {
    public LinkStateUpdate {
        lsas = List.copyOf(lsas);
    }

    @Override
    public String toString() {
        return "ospf lsu from " + routerId + " " + lsas.size() + " lsas";
    }
}
