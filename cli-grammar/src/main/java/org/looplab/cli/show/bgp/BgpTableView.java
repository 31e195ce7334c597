package org.looplab.cli.show.bgp;

import java.util.List;
import java.util.Objects;
import org.looplab.net.Ipv4Address;

/**
 * The BGP table as {@code show ip bgp} (and the per-neighbour route lists) show it.
 *
 * @param tableVersion the table's version, bumped by every best-path change
 * @param routerId the local BGP router ID
 * @param paths in IOS's order: prefixes ascending, the paths of one prefix together (consecutive rows with
 *     the same prefix print the prefix once)
 * @param asDot {@code bgp asnotation dot}: four-octet AS numbers in the path printed as {@code 1.10}
 */
public record BgpTableView(long tableVersion, Ipv4Address routerId, List<BgpPathView> paths, boolean asDot) {
    public BgpTableView {
        Objects.requireNonNull(routerId);
        paths = List.copyOf(paths);
    }
}
