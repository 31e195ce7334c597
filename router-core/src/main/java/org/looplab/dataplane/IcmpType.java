package org.looplab.dataplane;

/** The ICMP message types the lab uses (RFC 792). */
public enum IcmpType {
    ECHO_REPLY(0),
    DESTINATION_UNREACHABLE(3),
    ECHO_REQUEST(8),
    TIME_EXCEEDED(11);

    /** Destination unreachable codes (RFC 792, RFC 1812 5.2.7.1). */
    public static final int CODE_NET_UNREACHABLE = 0;
    public static final int CODE_HOST_UNREACHABLE = 1;
    public static final int CODE_PROTOCOL_UNREACHABLE = 2;
    public static final int CODE_PORT_UNREACHABLE = 3;
    /** Fragmentation needed and DF set (RFC 792, RFC 1191): ping shows M. */
    public static final int CODE_FRAGMENTATION_NEEDED = 4;
    /** Communication administratively prohibited (RFC 1812 5.2.7.1): an access list refused the packet. */
    public static final int CODE_ADMINISTRATIVELY_PROHIBITED = 13;
    /** Time exceeded code 0: TTL reached zero in transit. */
    public static final int CODE_TTL_EXCEEDED_IN_TRANSIT = 0;

    private final int number;

    IcmpType(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** Errors quote the packet that caused them and are never answered by another error (RFC 1122 3.2.2). */
    public boolean isError() {
        return this == DESTINATION_UNREACHABLE || this == TIME_EXCEEDED;
    }
}
