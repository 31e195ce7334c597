package org.looplab.bgp.attr;

import java.util.Arrays;
import java.util.Objects;
import org.looplab.bgp.Origin;
import org.looplab.net.Ipv4Address;

/**
 * The path attributes of a route (RFC 4271 5; RFC 1997 communities; RFC 4456 ORIGINATOR_ID and
 * CLUSTER_LIST), plus the local weight (Cisco: not an attribute on the wire, but part of IOS's attribute
 * entry too). Immutable; a router keeps one instance per distinct set ({@link AttributeInterner}) and every
 * path with that set points to it, so a path costs a pointer, not a copy.
 *
 * <p>Absent values: MED, LOCAL_PREF and the aggregator AS are -1; ORIGINATOR_ID is -1 (as a long);
 * communities and cluster list are null; next hop 0.0.0.0 means "this router" (a locally originated
 * path, printed 0.0.0.0 by IOS). Unknown optional transitive attributes are kept as their encoded bytes,
 * Partial bit set, to be passed on (RFC 4271 5).
 */
public final class PathAttributes {
    /** IOS gives locally originated paths this weight. */
    public static final int LOCAL_WEIGHT = 32768;

    private final Origin origin;
    private final AsPath asPath;
    /** Shared by every path and RIB route with this set (no Ipv4Address per route). */
    private final Ipv4Address nextHop;
    private final long med;
    private final long localPref;
    private final boolean atomicAggregate;
    private final long aggregatorAs;
    private final int aggregatorAddress;
    private final int[] communities;
    private final long originatorId;
    private final int[] clusterList;
    private final int weight;
    private final byte[] unknownTransitive;
    private final int hash;

    private PathAttributes(Builder b) {
        this.origin = Objects.requireNonNull(b.origin);
        this.asPath = Objects.requireNonNull(b.asPath);
        this.nextHop = new Ipv4Address(b.nextHop);
        this.med = b.med;
        this.localPref = b.localPref;
        this.atomicAggregate = b.atomicAggregate;
        this.aggregatorAs = b.aggregatorAs;
        this.aggregatorAddress = b.aggregatorAddress;
        this.communities = b.communities;
        this.originatorId = b.originatorId;
        this.clusterList = b.clusterList;
        this.weight = b.weight;
        this.unknownTransitive = b.unknownTransitive;
        int h = origin.ordinal();
        h = h * 31 + asPath.hashCode();
        h = h * 31 + nextHop.bits();
        h = h * 31 + Long.hashCode(med);
        h = h * 31 + Long.hashCode(localPref);
        h = h * 31 + (atomicAggregate ? 1 : 0);
        h = h * 31 + Long.hashCode(aggregatorAs) + aggregatorAddress;
        h = h * 31 + Arrays.hashCode(communities);
        h = h * 31 + Long.hashCode(originatorId);
        h = h * 31 + Arrays.hashCode(clusterList);
        h = h * 31 + weight;
        h = h * 31 + Arrays.hashCode(unknownTransitive);
        this.hash = h;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.origin = origin;
        b.asPath = asPath;
        b.nextHop = nextHop.bits();
        b.med = med;
        b.localPref = localPref;
        b.atomicAggregate = atomicAggregate;
        b.aggregatorAs = aggregatorAs;
        b.aggregatorAddress = aggregatorAddress;
        b.communities = communities;
        b.originatorId = originatorId;
        b.clusterList = clusterList;
        b.weight = weight;
        b.unknownTransitive = unknownTransitive;
        return b;
    }

    public Origin origin() {
        return origin;
    }

    public AsPath asPath() {
        return asPath;
    }

    /** NEXT_HOP; 0.0.0.0 for a path this router originates. */
    public Ipv4Address nextHop() {
        return nextHop;
    }

    public int nextHopBits() {
        return nextHop.bits();
    }

    public boolean hasMed() {
        return med >= 0;
    }

    /** MULTI_EXIT_DISC, -1 when absent. */
    public long med() {
        return med;
    }

    public boolean hasLocalPref() {
        return localPref >= 0;
    }

    /** LOCAL_PREF, -1 when absent (eBGP-learned and local paths take the default in the decision). */
    public long localPref() {
        return localPref;
    }

    public boolean atomicAggregate() {
        return atomicAggregate;
    }

    public boolean hasAggregator() {
        return aggregatorAs >= 0;
    }

    /** AGGREGATOR's AS, -1 when absent. */
    public long aggregatorAs() {
        return aggregatorAs;
    }

    public Ipv4Address aggregatorAddress() {
        return new Ipv4Address(aggregatorAddress);
    }

    public boolean hasCommunities() {
        return communities != null;
    }

    /** COMMUNITIES as RFC 1997's 32-bit values (AA:NN = AA << 16 | NN), in received order; empty when none. */
    public long[] communities() {
        if (communities == null) {
            return new long[0];
        }
        long[] values = new long[communities.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Integer.toUnsignedLong(communities[i]);
        }
        return values;
    }

    public boolean hasOriginatorId() {
        return originatorId >= 0;
    }

    /** ORIGINATOR_ID (RFC 4456), null when absent. */
    public Ipv4Address originatorId() {
        return originatorId < 0 ? null : new Ipv4Address((int) originatorId);
    }

    /** CLUSTER_LIST, first entry the last reflector's; empty when absent. */
    public Ipv4Address[] clusterList() {
        if (clusterList == null) {
            return new Ipv4Address[0];
        }
        Ipv4Address[] ids = new Ipv4Address[clusterList.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = new Ipv4Address(clusterList[i]);
        }
        return ids;
    }

    public boolean hasClusterList() {
        return clusterList != null;
    }

    public int clusterListLength() {
        return clusterList == null ? 0 : clusterList.length;
    }

    /** True when the cluster list holds this id (a reflected route coming back: RFC 4456 8). */
    public boolean clusterListContains(Ipv4Address clusterId) {
        if (clusterList != null) {
            for (int id : clusterList) {
                if (id == clusterId.bits()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Cisco weight: local to the router, never sent. */
    public int weight() {
        return weight;
    }

    /** Unknown optional transitive attributes, encoded (Partial bit set), or null. */
    public byte[] unknownTransitive() {
        return unknownTransitive == null ? null : unknownTransitive.clone();
    }

    byte[] unknownTransitiveShared() {
        return unknownTransitive;
    }

    int[] communitiesShared() {
        return communities;
    }

    int[] clusterListShared() {
        return clusterList;
    }

    /** Approximate heap bytes of this set (object, AS path, arrays), for {@code show ip bgp summary}. */
    public int memoryBytes() {
        int bytes = 72 + 16 + asPath.memoryBytes();
        if (communities != null) {
            bytes += 16 + 4 * communities.length;
        }
        if (clusterList != null) {
            bytes += 16 + 4 * clusterList.length;
        }
        if (unknownTransitive != null) {
            bytes += 16 + unknownTransitive.length;
        }
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof PathAttributes o && hash == o.hash && origin == o.origin && nextHop.bits() == o.nextHop.bits()
                && med == o.med && localPref == o.localPref && atomicAggregate == o.atomicAggregate
                && aggregatorAs == o.aggregatorAs && aggregatorAddress == o.aggregatorAddress
                && originatorId == o.originatorId && weight == o.weight && asPath.equals(o.asPath)
                && Arrays.equals(communities, o.communities) && Arrays.equals(clusterList, o.clusterList)
                && Arrays.equals(unknownTransitive, o.unknownTransitive);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append("nh ").append(nextHop()).append(" path [").append(asPath).append("] ").append(origin.code());
        if (hasMed()) {
            text.append(" med ").append(med);
        }
        if (hasLocalPref()) {
            text.append(" lp ").append(localPref);
        }
        if (weight != 0) {
            text.append(" w ").append(weight);
        }
        if (hasOriginatorId()) {
            text.append(" orig ").append(originatorId());
        }
        if (clusterList != null) {
            text.append(" cl ").append(Arrays.toString(clusterList()));
        }
        if (communities != null) {
            text.append(" comm ").append(Arrays.toString(communities()));
        }
        return text.toString();
    }

    /** Builds a set; every value starts absent, origin IGP, empty AS path, next hop 0.0.0.0. */
    public static final class Builder {
        private Origin origin = Origin.IGP;
        private AsPath asPath = AsPath.EMPTY;
        private int nextHop;
        private long med = -1;
        private long localPref = -1;
        private boolean atomicAggregate;
        private long aggregatorAs = -1;
        private int aggregatorAddress;
        private int[] communities;
        private long originatorId = -1;
        private int[] clusterList;
        private int weight;
        private byte[] unknownTransitive;

        private Builder() {
        }

        public Builder origin(Origin value) {
            origin = value;
            return this;
        }

        public Builder asPath(AsPath value) {
            asPath = value;
            return this;
        }

        public Builder nextHop(Ipv4Address value) {
            nextHop = value.bits();
            return this;
        }

        /** -1 removes it. */
        public Builder med(long value) {
            med = value;
            return this;
        }

        /** -1 removes it. */
        public Builder localPref(long value) {
            localPref = value;
            return this;
        }

        public Builder atomicAggregate(boolean value) {
            atomicAggregate = value;
            return this;
        }

        /** {@code as} -1 removes it. */
        public Builder aggregator(long as, Ipv4Address address) {
            aggregatorAs = as;
            aggregatorAddress = address == null ? 0 : address.bits();
            return this;
        }

        /** Null removes them; an empty array is an empty attribute. */
        public Builder communities(long[] values) {
            if (values == null) {
                communities = null;
            } else {
                communities = new int[values.length];
                for (int i = 0; i < values.length; i++) {
                    communities[i] = (int) values[i];
                }
            }
            return this;
        }

        /** Null removes it. */
        public Builder originatorId(Ipv4Address value) {
            originatorId = value == null ? -1 : Integer.toUnsignedLong(value.bits());
            return this;
        }

        /** Null removes it. */
        public Builder clusterList(Ipv4Address[] ids) {
            if (ids == null) {
                clusterList = null;
            } else {
                clusterList = new int[ids.length];
                for (int i = 0; i < ids.length; i++) {
                    clusterList[i] = ids[i].bits();
                }
            }
            return this;
        }

        /** RFC 4456 8: a reflector prepends its cluster id. */
        public Builder prependClusterId(Ipv4Address clusterId) {
            int[] grown = new int[clusterList == null ? 1 : clusterList.length + 1];
            grown[0] = clusterId.bits();
            if (clusterList != null) {
                System.arraycopy(clusterList, 0, grown, 1, clusterList.length);
            }
            clusterList = grown;
            return this;
        }

        public Builder weight(int value) {
            weight = value;
            return this;
        }

        /** Null removes them. */
        public Builder unknownTransitive(byte[] encoded) {
            unknownTransitive = encoded;
            return this;
        }

        public AsPath asPath() {
            return asPath;
        }

        public long localPref() {
            return localPref;
        }

        public PathAttributes build() {
            return new PathAttributes(this);
        }
    }
}
