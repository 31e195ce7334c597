package org.looplab.dataplane;

/**
 * An ICMP message (RFC 792). Echo request and reply carry an identifier and a sequence number; errors
 * carry the packet that caused them in {@code quoted} (RFC 792: its IP header and first 8 data bytes),
 * from which the sender finds which probe failed. {@code datagramBytes} is an echo's whole IP datagram
 * (ping's {@code size}, 100 by default), which its reply repeats.
 */
public record IcmpMessage(IcmpType type, int code, int identifier, int sequence, Ipv4Packet quoted, int datagramBytes)
        implements Payload {
    /** IOS's default ping size. */
    public static final int DEFAULT_ECHO_BYTES = 100;

    public static IcmpMessage echoRequest(int identifier, int sequence) {
        return echoRequest(identifier, sequence, DEFAULT_ECHO_BYTES);
    }

    public static IcmpMessage echoRequest(int identifier, int sequence, int datagramBytes) {
        return new IcmpMessage(IcmpType.ECHO_REQUEST, 0, identifier, sequence, null, datagramBytes);
    }

    public static IcmpMessage echoReply(IcmpMessage request) {
        return new IcmpMessage(IcmpType.ECHO_REPLY, 0, request.identifier, request.sequence, null, request.datagramBytes);
    }

    public static IcmpMessage error(IcmpType type, int code, Ipv4Packet offending) {
        return new IcmpMessage(type, code, 0, 0, offending, Ipv4Packet.HEADER_BYTES + 8 + 28);
    }

    @Override
    public int protocol() {
        return Ipv4Packet.PROTOCOL_ICMP;
    }

    /** An echo fills its datagram; an error quotes a header and 8 bytes (RFC 792). */
    @Override
    public int wireLength() {
        return datagramBytes - Ipv4Packet.HEADER_BYTES;
    }

    @Override
    public String toString() {
        String name = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return type.isError() ? "icmp " + name + " code " + code : "icmp " + name + " id " + identifier + " seq " + sequence;
    }
}
