package org.looplab.dataplane;

/**
 * What an IPv4 packet carries: an ICMP message, a UDP datagram (traceroute probes), a routing protocol's
 * packet or a transport protocol's segment (TCP).
 */
public sealed interface Payload permits IcmpMessage, UdpDatagram, ProtocolPayload, TransportPayload {
    /** The IP protocol number (RFC 790): 1 for ICMP, 6 for TCP, 17 for UDP. */
    int protocol();
}
