package org.looplab.net;

/** An address configured on an interface with its prefix length, as {@code ip address A M} gives it. */
public record InterfaceAddress(Ipv4Address address, int length) {
    public Ipv4Prefix subnet() {
        return Ipv4Prefix.containing(address, length);
    }

    public Ipv4Address mask() {
        return Ipv4Prefix.maskOf(length);
    }

    @Override
    public String toString() {
        return address + "/" + length;
    }
}
