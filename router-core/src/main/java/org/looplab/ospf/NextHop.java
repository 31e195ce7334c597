package org.looplab.ospf;

import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;

/**
 * One next hop of an OSPF path (RFC 2328 16.1.1): the outgoing interface, and the neighbour's address on
 * it, or null when the destination is directly attached.
 */
public record NextHop(InterfaceName outgoing, Ipv4Address address) implements Comparable<NextHop> {
    public boolean isDirect() {
        return address == null;
    }

    @Override
    public int compareTo(NextHop other) {
        int c = outgoing.compareTo(other.outgoing);
        if (c != 0) {
            return c;
        }
        if (address == null || other.address == null) {
            return address == null ? (other.address == null ? 0 : -1) : 1;
        }
        return address.compareTo(other.address);
    }
}
