package org.looplab.net;


/**
 * The class A, B or C network of an address (RFC 791): {@code show ip route} still groups subnets under
 * their classful network ("10.0.0.0/8 is variably subnetted"), and {@code show ip route summary} counts
 * networks and subnets by it.
 */
public final class ClassfulNetwork {
    private ClassfulNetwork() {
    }

    /** The classful network containing the address; class D and E count as /32 (never grouped). */
    public static Ipv4Prefix of(Ipv4Address address) {
        int first = address.bits() >>> 24;
        int length = first < 128 ? 8 : first < 192 ? 16 : first < 224 ? 24 : 32;
        return Ipv4Prefix.containing(address, length);
    }

    /** True when the prefix is longer than its classful network: a subnet. */
    public static boolean isSubnet(Ipv4Prefix prefix) {
        return prefix.length() > of(prefix.network()).length();
    }
}
