package org.looplab.net;

/** An IPv4 address held as its 32 bits. */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {
    public static final Ipv4Address ANY = new Ipv4Address(0);

    /** Parses dotted-quad text; returns null when the text is not exactly four octets 0-255. */
    public static Ipv4Address parse(String text) {
        int bits = 0;
        int octets = 0;
        int value = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 255) {
                    return null;
                }
            } else if (c == '.') {
                if (value < 0 || ++octets > 4) {
                    return null;
                }
                bits = (bits << 8) | value;
                value = -1;
            } else {
                return null;
            }
        }
        return octets == 4 ? new Ipv4Address(bits) : null;
    }

    public static Ipv4Address of(String text) {
        Ipv4Address address = parse(text);
        if (address == null) {
            throw new IllegalArgumentException("not an IPv4 address: " + text);
        }
        return address;
    }

    /** 127.0.0.0/8: host loopback, never on a link (RFC 1122 3.2.1.3). */
    public boolean isLoopback() {
        return (bits >>> 24) == 127;
    }

    /** 0.0.0.0/8: "this host on this network", not a valid destination or interface address (RFC 1122). */
    public boolean isThisNetwork() {
        return (bits >>> 24) == 0;
    }

    /** 224.0.0.0/4 (RFC 5771). */
    public boolean isMulticast() {
        return (bits >>> 28) == 0xE;
    }

    /** 240.0.0.0/4 including 255.255.255.255 (RFC 5735). */
    public boolean isReserved() {
        return (bits >>> 28) == 0xF;
    }

    @Override
    public int compareTo(Ipv4Address other) {
        return Integer.compareUnsigned(bits, other.bits);
    }

    @Override
    public String toString() {
        return (bits >>> 24) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF);
    }
}
