package org.looplab.dataplane;

/** What an IPv4 packet carries: an ICMP message or a UDP datagram (traceroute probes). */
public sealed interface Payload permits IcmpMessage, UdpDatagram {
    /** The IP protocol number (RFC 790): 1 for ICMP, 17 for UDP. */
    int protocol();
}
