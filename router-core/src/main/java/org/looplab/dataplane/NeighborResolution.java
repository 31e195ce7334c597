package org.looplab.dataplane;

import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.routing.Adjacency;
import org.looplab.routing.FibEntry;

/**
 * ARP on a simulated cable (RFC 826): which interface at the far end answers for an address. Our links
 * join exactly two interfaces, so the only candidate is the far end. It answers for its own address, and,
 * because IOS enables proxy ARP by default (RFC 1027), for any address it routes through another of its
 * interfaces; that is what makes {@code ip route P M GigabitEthernet0/0} work without a next hop.
 */
final class NeighborResolution {
    private NeighborResolution() {
    }

    /** The far-end interface that answers ARP for {@code target} on {@code out}, or null (ARP fails). */
    static Interface resolve(Interface out, Ipv4Address target) {
        Interface far = out.farEnd();
        if (far == null || !out.isProtocolUp() || !far.isProtocolUp() || far.address() == null) {
            return null;
        }
        if (far.hasAddress(target)) {
            return far;
        }
        if (far.address().subnet().contains(target)) {
            return null; // a host of the shared subnet that nobody owns: proxy ARP stays silent
        }
        for (org.looplab.net.InterfaceAddress secondary : far.secondaryAddresses()) {
            if (secondary.subnet().contains(target)) {
                return null;
            }
        }
        FibEntry entry = far.router().fib().lookup(target);
        if (entry == null) {
            return null;
        }
        for (Adjacency adjacency : entry.adjacencies()) {
            boolean elsewhere = adjacency.kind() == Adjacency.Kind.RECEIVE
                    || (adjacency.kind() != Adjacency.Kind.DROP && !adjacency.outgoing().equals(far.name()));
            if (elsewhere) {
                return far;
            }
        }
        return null;
    }
}
