package org.looplab.bgp;

import org.looplab.bgp.attr.PathAttributes;

/**
 * One path of a prefix in the BGP table: its attributes (shared, interned), where it came from, when it
 * arrived (a sequence number of the simulation, never wall time) and its status. Paths of a prefix form
 * a singly linked list in their {@link LocRibEntry}. Kept to four references and two ints: about 32
 * bytes, the attributes shared.
 */
public final class BgpPath {
    static final int VALID = 1;
    static final int BEST = 2;
    static final int MULTIPATH = 4;
    /** The best path, but the RIB chose another source's route (IOS's {@code r}). */
    static final int RIB_FAILURE = 8;
    /** Originated by {@code aggregate-address} (a local path preferred after network/redistribute). */
    static final int AGGREGATE = 16;
    /** Originated by {@code redistribute} (else, when local, by {@code network}). */
    static final int REDISTRIBUTED = 32;

    PathAttributes attributes;
    final PathSource source;
    BgpPath next;
    /** Arrival order: a counter of the speaker, so that "oldest" is simulated arrival. */
    final int arrival;
    int flags;

    BgpPath(PathAttributes attributes, PathSource source, int arrival) {
        this.attributes = attributes;
        this.source = source;
        this.arrival = arrival;
    }

    public PathAttributes attributes() {
        return attributes;
    }

    public PathSource source() {
        return source;
    }

    /** Simulated arrival order: lower arrived earlier. */
    public int arrival() {
        return arrival;
    }

    /** {@code *}: its next hop is reachable, so the decision considers it. */
    public boolean isValid() {
        return (flags & VALID) != 0;
    }

    /** {@code >}. */
    public boolean isBest() {
        return (flags & BEST) != 0;
    }

    /** {@code m}: installed beside the best path ({@code maximum-paths}). */
    public boolean isMultipath() {
        return (flags & MULTIPATH) != 0;
    }

    /** {@code i}: learned over iBGP. */
    public boolean isInternal() {
        return source.internal();
    }

    /** {@code r}: the best path, not in the routing table because a route of lower distance is. */
    public boolean isRibFailure() {
        return (flags & RIB_FAILURE) != 0;
    }

    /** Originated here ({@code network}, {@code redistribute}, {@code aggregate-address}). */
    public boolean isLocal() {
        return source.isLocal();
    }

    public boolean isAggregate() {
        return (flags & AGGREGATE) != 0;
    }

    public boolean isRedistributed() {
        return (flags & REDISTRIBUTED) != 0;
    }

    @Override
    public String toString() {
        return (isValid() ? "*" : " ") + (isBest() ? ">" : " ") + (isInternal() ? "i " : "  ") + source.peerAddress()
                + " " + attributes;
    }
}
