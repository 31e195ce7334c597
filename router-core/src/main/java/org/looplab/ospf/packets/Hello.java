package org.looplab.ospf.packets;

import java.util.List;
import org.looplab.net.Ipv4Address;

/** Hello (RFC 2328 A.3.2): the parameters neighbours must agree on, the sender's DR/BDR and the neighbours it has heard. */
public record Hello(Ipv4Address routerId, Ipv4Address areaId, Ipv4Address networkMask, int helloInterval, int options,
                    int priority, int deadInterval, Ipv4Address designatedRouter, Ipv4Address backupDesignatedRouter,
                    List<Ipv4Address> neighbors) implements OspfPacket {
    public Hello {
        neighbors = List.copyOf(neighbors);
    }

    @Override
    public String toString() {
        return "ospf hello from " + routerId;
    }
}
