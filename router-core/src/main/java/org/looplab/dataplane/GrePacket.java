package org.looplab.dataplane;

/**
 * A GRE packet (RFC 2784, IP protocol 47): the 4-byte base header, the key field when the tunnel has a
 * {@code tunnel key} (RFC 2890 section 2.1, 4 more bytes; null: no K bit), then the inner IPv4 packet.
 * A null inner packet is the empty GRE packet (protocol type 0) that an IOS keepalive wraps for its way home.
 * Routed like any unicast packet from the tunnel's source to its destination, where the GRE receiver hands
 * the inner packet to the tunnel interface.
 */
public record GrePacket(Long key, Ipv4Packet inner) implements TransportPayload {
    public static final int PROTOCOL = 47;
    /** Flags and version, then the protocol type of the inner packet (0x0800, IPv4). */
    public static final int HEADER_BYTES = 4;
    /** The key field, present when the K bit is set. */
    public static final int KEY_BYTES = 4;

    @Override
    public int protocol() {
        return PROTOCOL;
    }

    @Override
    public int wireLength() {
        return HEADER_BYTES + (key == null ? 0 : KEY_BYTES) + (inner == null ? 0 : inner.length());
    }

    @Override
    public String toString() {
        return "gre" + (key == null ? "" : " key " + key) + " [" + (inner == null ? "keepalive" : inner) + "]";
    }
}
