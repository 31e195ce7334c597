package org.looplab.dataplane;

import org.looplab.router.Interface;

/**
 * What a router lets through its interfaces (its access lists): asked about every packet received on an
 * interface and every packet forwarded out of one. A refused packet is dropped and answered with an ICMP
 * administratively prohibited unless {@code no ip unreachables} is set on the interface it came in on.
 */
public interface PacketFilter {
    boolean permitsInbound(Interface in, Ipv4Packet packet);

    boolean permitsOutbound(Interface out, Ipv4Packet packet);
}
