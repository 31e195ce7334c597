package org.looplab.dataplane;

/**
 * What an IPv4 packet carries: an ICMP message, a UDP datagram (traceroute probes), a routing protocol's
 * packet or a transport protocol's segment (TCP).
 */
public sealed interface Payload permits IcmpMessage, UdpDatagram, ProtocolPayload, TransportPayload {
    /** The IP protocol number (RFC 790): 1 for ICMP, 6 for TCP, 17 for UDP. */
    int protocol();

    /**
     * Bytes after the IP header, for the interface counters. Payloads that do not model their bytes give
     * an estimate: a routing protocol's small packet (an OSPF hello is 44 bytes).
     */
    default int wireLength() {
        return 44;
    }
}
