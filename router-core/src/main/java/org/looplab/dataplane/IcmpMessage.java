package org.looplab.dataplane;

/**
 * An ICMP message (RFC 792). Echo request and reply carry an identifier and a sequence number; errors
 * carry the packet that caused them in {@code quoted} (RFC 792: its IP header and first 8 data bytes),
 * from which the sender finds which probe failed.
 */
public record IcmpMessage(IcmpType type, int code, int identifier, int sequence, Ipv4Packet quoted)
        implements Payload {

    public static IcmpMessage echoRequest(int identifier, int sequence) {
        return new IcmpMessage(IcmpType.ECHO_REQUEST, 0, identifier, sequence, null);
    }

    public static IcmpMessage echoReply(IcmpMessage request) {
        return new IcmpMessage(IcmpType.ECHO_REPLY, 0, request.identifier, request.sequence, null);
    }

    public static IcmpMessage error(IcmpType type, int code, Ipv4Packet offending) {
        return new IcmpMessage(type, code, 0, 0, offending);
    }

    @Override
    public int protocol() {
        return Ipv4Packet.PROTOCOL_ICMP;
    }

    /** Echoes carry IOS's default 100-byte datagram; an error quotes a header and 8 bytes (RFC 792). */
    @Override
    public int wireLength() {
        return type.isError() ? 8 + 28 : 100 - Ipv4Packet.HEADER_BYTES;
    }

    @Override
    public String toString() {
        String name = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return type.isError() ? "icmp " + name + " code " + code : "icmp " + name + " id " + identifier + " seq " + sequence;
    }
}
