package org.looplab.ospf;

import org.looplab.net.Ipv4Address;

/** What identifies an LSA in a database (RFC 2328 12.1): type, Link State ID, advertising router. */
public record LsaKey(LsaType type, Ipv4Address linkStateId, Ipv4Address advertisingRouter)
        implements Comparable<LsaKey> {
    /**
     * Mixed, not the record default: for router-LSAs the Link State ID equals the advertising router, and
     * 31a + a = 32a leaves the low bits constant, which piles a database into a few hash buckets.
     */
    @Override
    public int hashCode() {
        int h = linkStateId.bits() * 0x9E3779B1 + advertisingRouter.bits() * 0x85EBCA6B + type.ordinal();
        return h ^ (h >>> 16);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LsaKey key && key.linkStateId.bits() == linkStateId.bits()
                && key.advertisingRouter.bits() == advertisingRouter.bits() && key.type == type;
    }

    @Override
    public int compareTo(LsaKey other) {
        int c = type.compareTo(other.type);
        if (c == 0) {
            c = linkStateId.compareTo(other.linkStateId);
        }
        return c != 0 ? c : advertisingRouter.compareTo(other.advertisingRouter);
    }
}
