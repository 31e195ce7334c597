package org.looplab.dataplane;

import org.looplab.net.Ipv4Address;

/**
 * An IPv4 packet as far as forwarding cares (RFC 791): addresses, time to live, payload, the DF flag and,
 * once a router fragmented it, the size of its largest fragment ({@code fragmentBytes}, 0 while whole). The
 * lab carries the fragments together as this one packet, reassembled where it is delivered.
 */
public record Ipv4Packet(Ipv4Address source, Ipv4Address destination, int ttl, Payload payload, boolean dontFragment,
                         int fragmentBytes) {
    public static final int PROTOCOL_ICMP = 1;
    public static final int PROTOCOL_TCP = 6;
    public static final int PROTOCOL_UDP = 17;
    /** IOS originates ping and ICMP errors with TTL 255. */
    public static final int DEFAULT_TTL = 255;
    /** An IPv4 header without options. */
    public static final int HEADER_BYTES = 20;

    /** A whole packet routers may fragment (DF clear). */
    public Ipv4Packet(Ipv4Address source, Ipv4Address destination, int ttl, Payload payload) {
        this(source, destination, ttl, payload, false, 0);
    }

    /** A whole packet. */
    public Ipv4Packet(Ipv4Address source, Ipv4Address destination, int ttl, Payload payload, boolean dontFragment) {
        this(source, destination, ttl, payload, dontFragment, 0);
    }

    public Ipv4Packet {
        if (ttl < 0 || ttl > 255) {
            throw new IllegalArgumentException("ttl " + ttl);
        }
    }

    public int protocol() {
        return payload.protocol();
    }

    /** The datagram's total length on the wire (RFC 791's Total Length). */
    public int length() {
        return HEADER_BYTES + payload.wireLength();
    }

    public Ipv4Packet withTtl(int newTtl) {
        return new Ipv4Packet(source, destination, newTtl, payload, dontFragment, fragmentBytes);
    }

    public Ipv4Packet withSource(Ipv4Address newSource) {
        return new Ipv4Packet(newSource, destination, ttl, payload, dontFragment, fragmentBytes);
    }

    /** The largest datagram on the wire: the packet, or its largest fragment once fragmented. */
    public int largestDatagram() {
        return fragmentBytes != 0 ? fragmentBytes : length();
    }

    /** The same packet cut in fragments of at most {@code bytes}. */
    public Ipv4Packet inFragmentsOf(int bytes) {
        return new Ipv4Packet(source, destination, ttl, payload, dontFragment, bytes);
    }

    /** The ICMP message, or null when the packet carries something else. */
    public IcmpMessage icmp() {
        return payload instanceof IcmpMessage message ? message : null;
    }

    @Override
    public String toString() {
        return source + ">" + destination + " ttl " + ttl + " " + payload;
    }
}
