package org.looplab.dataplane;

/**
 * A GRE packet (RFC 2784, IP protocol 47) carrying an IPv4 packet: the 4-byte base header (no checksum, key
 * or sequence number, IOS's defaults), then the inner packet. Routed like any unicast packet from the
 * tunnel's source to its destination, where the GRE receiver hands the inner packet to the tunnel interface.
 */
public record GrePacket(Ipv4Packet inner) implements TransportPayload {
    public static final int PROTOCOL = 47;
    /** Flags and version, then the protocol type of the inner packet (0x0800, IPv4). */
    public static final int HEADER_BYTES = 4;

    @Override
    public int protocol() {
        return PROTOCOL;
    }

    @Override
    public int wireLength() {
        return HEADER_BYTES + inner.length();
    }

    @Override
    public String toString() {
        return "gre [" + inner + "]";
    }
}
