package org.looplab.cli.show.bgp;

/**
 * The memory lines of {@code show ip bgp summary}: entries and the bytes IOS says they use. Lines whose
 * count is zero and that IOS prints only when used (multipath, rrinfo, community, extended community) are
 * left out; network, path, attribute, AS-PATH, route-map cache and filter-list cache lines always print.
 * {@link #withIosvSizes} fills the bytes with the per-entry sizes an IOSv 15 router reports.
 */
public record BgpMemoryView(long networkEntries, long networkBytes, long pathEntries, long pathBytes,
        long multipathNetworkEntries, long multipathPaths, long attributeEntries, long bestpathAttributeEntries,
        long attributeBytes, long rrinfoEntries, long rrinfoBytes, long asPathEntries, long asPathBytes,
        long communityEntries, long communityBytes, long extendedCommunityEntries, long extendedCommunityBytes,
        long routeMapCacheEntries, long routeMapCacheBytes, long filterListCacheEntries, long filterListCacheBytes,
        long softReconfigurationPaths) {
    /** IOSv 15's accounting (from a real IOSv summary): 144 B a network, 80 a path, 136 an attribute set. */
    public static final int IOSV_NETWORK_BYTES = 144;
    public static final int IOSV_PATH_BYTES = 80;
    public static final int IOSV_ATTRIBUTE_BYTES = 136;
    public static final int IOSV_AS_PATH_BYTES = 24;
    public static final int IOSV_RRINFO_BYTES = 40;
    public static final int IOSV_COMMUNITY_BYTES = 40;

    public static BgpMemoryView withIosvSizes(long networks, long paths, long attributes, long bestpathAttributes,
            long asPaths, long rrinfos, long communities, long softReconfigurationPaths) {
        return new BgpMemoryView(networks, networks * IOSV_NETWORK_BYTES, paths, paths * IOSV_PATH_BYTES, 0, 0,
                attributes, bestpathAttributes, attributes * IOSV_ATTRIBUTE_BYTES, rrinfos, rrinfos * IOSV_RRINFO_BYTES,
                asPaths, asPaths * IOSV_AS_PATH_BYTES, communities, communities * IOSV_COMMUNITY_BYTES, 0, 0, 0, 0, 0, 0,
                softReconfigurationPaths);
    }

    public long totalBytes() {
        return networkBytes + pathBytes + attributeBytes + rrinfoBytes + asPathBytes + communityBytes
                + extendedCommunityBytes + routeMapCacheBytes + filterListCacheBytes;
    }
}
