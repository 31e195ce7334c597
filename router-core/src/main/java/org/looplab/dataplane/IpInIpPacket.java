package org.looplab.dataplane;

/**
 * An IPv4 packet carried inside another (RFC 2003, IP protocol 4, {@code tunnel mode ipip}): no header of its
 * own, the outer IP header goes straight before the inner packet.
 */
public record IpInIpPacket(Ipv4Packet inner) implements TransportPayload {
    public static final int PROTOCOL = 4;

    @Override
    public int protocol() {
        return PROTOCOL;
    }

    @Override
    public int wireLength() {
        return inner.length();
    }

    @Override
    public String toString() {
        return "ipip [" + inner + "]";
    }
}
