package org.looplab.ospf.packets;

import java.util.List;
import org.looplab.net.Ipv4Address;
import org.looplab.ospf.Lsa;

/**
 * Database Description (RFC 2328 A.3.3): the I (init), M (more) and MS (master) bits, the DD sequence
 * number, and LSA headers (carried here as LSA instances; only their header fields are read).
 */
public record DatabaseDescription(Ipv4Address routerId, Ipv4Address areaId, int interfaceMtu, int flags,
                                  int sequence, List<Lsa> headers) implements OspfPacket {
    public static final int INIT = 0x04;
    public static final int MORE = 0x02;
    public static final int MASTER = 0x01;

    public DatabaseDescription {
        headers = List.copyOf(headers);
    }

    public boolean init() {
        return (flags & INIT) != 0;
    }

    public boolean more() {
        return (flags & MORE) != 0;
    }

    public boolean master() {
        return (flags & MASTER) != 0;
    }

    @Override
    public String toString() {
        return "ospf dbd from " + routerId + " flags " + flags + " seq " + sequence + " " + headers.size() + " headers";
    }
}
