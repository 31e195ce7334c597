package org.looplab.dataplane;

/** A UDP datagram's ports (RFC 768); the lab sends them as traceroute probes to closed ports. */
public record UdpDatagram(int sourcePort, int destinationPort) implements Payload {
    @Override
    public int protocol() {
        return Ipv4Packet.PROTOCOL_UDP;
    }

    /** The 8-byte header and IOS's traceroute probe data (28-byte datagram). */
    @Override
    public int wireLength() {
        return 8;
    }

    @Override
    public String toString() {
        return "udp " + sourcePort + ">" + destinationPort;
    }
}
