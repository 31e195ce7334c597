package org.looplab.bgp;

import org.looplab.net.Ipv4Address;

/**
 * Where a path came from: one established session of a neighbor (its address, BGP identifier and AS,
 * fixed for the session's life) or this router itself ({@link #LOCAL}). Paths point to it instead of
 * carrying these values, so a path stays small.
 *
 * @param peerAddress       the neighbor's address (0.0.0.0 for local paths)
 * @param peerRouterId      the BGP identifier of the neighbor's OPEN
 * @param peerAs            the neighbor's AS
 * @param internal          true for an iBGP session (same AS)
 * @param routeReflectorClient true when the neighbor is our route-reflector client
 * @param importedFrom      for a path imported from another VRF of this router by route target
 *                          ({@link VrfImport}), that VRF's name; else null
 */
public record PathSource(Ipv4Address peerAddress, Ipv4Address peerRouterId, long peerAs, boolean internal,
                         boolean routeReflectorClient, String importedFrom) {
    /** Paths this router originates ({@code network}, {@code redistribute}, {@code aggregate-address}). */
    public static final PathSource LOCAL = new PathSource(Ipv4Address.ANY, Ipv4Address.ANY, 0, false, false);

    public PathSource(Ipv4Address peerAddress, Ipv4Address peerRouterId, long peerAs, boolean internal,
                      boolean routeReflectorClient) {
        this(peerAddress, peerRouterId, peerAs, internal, routeReflectorClient, null);
    }

    /** The source of the copy of a path of this source imported into another VRF from {@code vrf}. */
    PathSource importedFrom(String vrf) {
        return new PathSource(peerAddress, peerRouterId, peerAs, internal, false, vrf);
    }

    /** Imported from another VRF of this router ({@link #importedFrom()} names it). */
    public boolean isImported() {
        return importedFrom != null;
    }

    public boolean isLocal() {
        return this == LOCAL;
    }

    public boolean isExternal() {
        return !internal && this != LOCAL;
    }
}
