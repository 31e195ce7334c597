package org.looplab.ospf;

import org.looplab.net.Ipv4Address;

/**
 * {@code network ADDRESS WILDCARD area AREA}: interfaces whose primary address matches the address under
 * the wildcard (bits set in the wildcard are ignored) run OSPF in the area. IOS stores the address with the
 * wildcard's bits cleared.
 */
public record NetworkStatement(Ipv4Address address, Ipv4Address wildcard, AreaId area) {
    public NetworkStatement {
        address = new Ipv4Address(address.bits() & ~wildcard.bits());
    }

    public boolean matches(Ipv4Address interfaceAddress) {
        return (interfaceAddress.bits() & ~wildcard.bits()) == address.bits();
    }

    /** Same address and wildcard, whatever the area. */
    public boolean sameRange(NetworkStatement other) {
        return address.equals(other.address) && wildcard.equals(other.wildcard);
    }

    /** {@code network 10.0.0.0 0.0.0.255 area 0}. */
    @Override
    public String toString() {
        return "network " + address + " " + wildcard + " area " + area;
    }
}
