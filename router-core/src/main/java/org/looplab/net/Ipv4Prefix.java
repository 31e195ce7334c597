package org.looplab.net;

/** An IPv4 prefix: a network address (host bits zero) and a length 0..32. */
public record Ipv4Prefix(Ipv4Address network, int length) implements Comparable<Ipv4Prefix> {
    public static final Ipv4Prefix DEFAULT_ROUTE = new Ipv4Prefix(Ipv4Address.ANY, 0);

    public Ipv4Prefix {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length " + length);
        }
        if ((network.bits() & ~maskBits(length)) != 0) {
            throw new IllegalArgumentException(network + " has host bits set for /" + length);
        }
    }

    /** The prefix of {@code length} bits that contains {@code address}. */
    public static Ipv4Prefix containing(Ipv4Address address, int length) {
        return new Ipv4Prefix(new Ipv4Address(address.bits() & maskBits(length)), length);
    }

    public static int maskBits(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    /** The prefix length of a dotted mask, or -1 when the mask's ones are not contiguous. */
    public static int lengthOfMask(Ipv4Address mask) {
        int bits = mask.bits();
        int length = Integer.bitCount(bits);
        return maskBits(length) == bits ? length : -1;
    }

    public static Ipv4Address maskOf(int length) {
        return new Ipv4Address(maskBits(length));
    }

    public Ipv4Address mask() {
        return maskOf(length);
    }

    public boolean contains(Ipv4Address address) {
        return (address.bits() & maskBits(length)) == network.bits();
    }

    public boolean overlaps(Ipv4Prefix other) {
        int shorter = Math.min(length, other.length);
        int mask = maskBits(shorter);
        return (network.bits() & mask) == (other.network.bits() & mask);
    }

    /** The all-ones host address of the prefix. */
    public Ipv4Address broadcast() {
        return new Ipv4Address(network.bits() | ~maskBits(length));
    }

    @Override
    public int compareTo(Ipv4Prefix other) {
        int byNetwork = network.compareTo(other.network);
        return byNetwork != 0 ? byNetwork : Integer.compare(length, other.length);
    }

    @Override
    public String toString() {
        return network + "/" + length;
    }
}
