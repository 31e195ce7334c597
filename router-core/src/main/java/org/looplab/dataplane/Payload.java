package org.looplab.dataplane;

/** What an IPv4 packet carries: an ICMP message, a UDP datagram (traceroute probes) or a routing protocol's packet. */
public sealed interface Payload permits IcmpMessage, UdpDatagram, ProtocolPayload {
    /** The IP protocol number (RFC 790): 1 for ICMP, 17 for UDP. */
    int protocol();
}
