package org.looplab.acl;

import org.looplab.net.Ipv4Address;

/**
 * An address and its wildcard bits, as an access-list entry names a source or destination: {@code any}
 * (wildcard 255.255.255.255), {@code host A} (wildcard 0.0.0.0) or {@code A W}. A set wildcard bit is a
 * "don't care" bit; IOS keeps the address with those bits cleared.
 */
public record AddressMatch(Ipv4Address address, Ipv4Address wildcard) {
    public static final AddressMatch ANY = new AddressMatch(Ipv4Address.ANY, new Ipv4Address(-1));

    public AddressMatch {
        address = new Ipv4Address(address.bits() & ~wildcard.bits());
    }

    public static AddressMatch host(Ipv4Address address) {
        return new AddressMatch(address, Ipv4Address.ANY);
    }

    public boolean matches(Ipv4Address candidate) {
        return (candidate.bits() & ~wildcard.bits()) == address.bits();
    }

    public boolean isAny() {
        return wildcard.bits() == -1;
    }

    public boolean isHost() {
        return wildcard.bits() == 0;
    }

    /** As an extended entry and running-config write it: {@code any}, {@code host A}, {@code A W}. */
    public String extendedText() {
        return isAny() ? "any" : isHost() ? "host " + address : address + " " + wildcard;
    }

    /** As a standard entry is written in running-config: {@code any}, {@code A}, {@code A W}. */
    public String standardConfigText() {
        return isAny() ? "any" : isHost() ? address.toString() : address + " " + wildcard;
    }

    /** As {@code show access-lists} prints a standard entry: {@code 10.0.10.0, wildcard bits 0.255.0.255}. */
    public String standardShowText() {
        return isAny() ? "any" : isHost() ? address.toString() : address + ", wildcard bits " + wildcard;
    }
}
