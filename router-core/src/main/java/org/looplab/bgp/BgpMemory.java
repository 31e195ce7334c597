package org.looplab.bgp;

/**
 * The figures of {@code show ip bgp summary}'s memory lines, for this router's BGP table. Byte counts are
 * estimates of the Java objects (headers, fields, arrays), not IOS's own accounting.
 *
 * @param networkEntries       prefixes in the BGP table ("N network entries using B bytes of memory")
 * @param networkBytes         their bytes, Adj-RIB-Out bits included
 * @param pathEntries          paths in the table ("N path entries using B bytes of memory")
 * @param pathBytes            their bytes
 * @param attributeEntries     distinct attribute sets ("N/M BGP path/bestpath attribute entries")
 * @param bestpathAttributeEntries distinct attribute sets of best paths
 * @param attributeBytes       bytes of the distinct attribute sets
 * @param asPathEntries        distinct AS paths ("N BGP AS-PATH entries using B bytes of memory")
 * @param asPathBytes          their bytes
 * @param communityEntries     distinct community lists
 * @param communityBytes       their bytes
 * @param totalBytes           the sum ("BGP using B total bytes of memory")
 * @param receivedPathsForSoftReconfiguration pre-policy copies held ("N received paths for inbound soft reconfiguration")
 */
public record BgpMemory(int networkEntries, long networkBytes, long pathEntries, long pathBytes, int attributeEntries,
                        int bestpathAttributeEntries, long attributeBytes, int asPathEntries, long asPathBytes,
                        int communityEntries, long communityBytes, long totalBytes,
                        long receivedPathsForSoftReconfiguration) {
    /**
     * Bytes of one network entry: the entry object (40), its prefix (24) and address (16), the table slot
     * (about 12 with the table's load factor); the Adj-RIB-Out bits are counted beside, per entry.
     */
    public static final int NETWORK_ENTRY_BYTES = 40 + 24 + 16 + 12;
    /** Bytes of one path: object header and fields ({@link BgpPath}). */
    public static final int PATH_BYTES = 32;
}
