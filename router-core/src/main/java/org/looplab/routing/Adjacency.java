package org.looplab.routing;

import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;

/**
 * What the FIB does with a packet that matches an entry, as CEF's adjacency types:
 * <ul>
 *   <li>{@code RECEIVE}: the destination is one of the router's own addresses;</li>
 *   <li>{@code ATTACHED}: send out {@code outgoing} to the destination itself (a connected subnet, or a
 *       static route to an interface: the far end may answer by proxy ARP);</li>
 *   <li>{@code VIA}: send out {@code outgoing} to the neighbour {@code nextHop};</li>
 *   <li>{@code DROP}: discard (Null0, or the rest of a loopback's subnet).</li>
 * </ul>
 */
public record Adjacency(Kind kind, InterfaceName outgoing, Ipv4Address nextHop) {
    public enum Kind { RECEIVE, ATTACHED, VIA, DROP }

    public static Adjacency receive(InterfaceName on) {
        return new Adjacency(Kind.RECEIVE, on, null);
    }

    public static Adjacency attached(InterfaceName outgoing) {
        return new Adjacency(Kind.ATTACHED, outgoing, null);
    }

    public static Adjacency via(InterfaceName outgoing, Ipv4Address nextHop) {
        return new Adjacency(Kind.VIA, outgoing, nextHop);
    }

    public static Adjacency drop(InterfaceName outgoing) {
        return new Adjacency(Kind.DROP, outgoing, null);
    }

    /** The address the router must find on the link (ARP target) for a packet to this destination. */
    public Ipv4Address arpTarget(Ipv4Address destination) {
        return nextHop != null ? nextHop : destination;
    }
}
