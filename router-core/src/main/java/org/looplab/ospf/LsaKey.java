package org.looplab.ospf;

import org.looplab.net.Ipv4Address;

/** What identifies an LSA in a database (RFC 2328 12.1): type, Link State ID, advertising router. */
public record LsaKey(LsaType type, Ipv4Address linkStateId, Ipv4Address advertisingRouter)
        implements Comparable<LsaKey> {
    @Override
    public int compareTo(LsaKey other) {
        int c = type.compareTo(other.type);
        if (c == 0) {
            c = linkStateId.compareTo(other.linkStateId);
        }
        return c != 0 ? c : advertisingRouter.compareTo(other.advertisingRouter);
    }
}
