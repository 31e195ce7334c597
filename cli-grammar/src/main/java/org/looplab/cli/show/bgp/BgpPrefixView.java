package org.looplab.cli.show.bgp;

import java.util.List;
import java.util.Objects;
import org.looplab.net.Ipv4Prefix;

/**
 * One prefix with all its paths, for {@code show ip bgp PREFIX}.
 *
 * @param version the table version at which the prefix's best path last changed
 * @param paths in the order IOS lists them (the order the table keeps them)
 * @param updateGroups the update groups the best path is advertised to; empty: "Not advertised to any peer"
 */
public record BgpPrefixView(Ipv4Prefix prefix, long version, List<BgpPathDetailView> paths, List<Integer> updateGroups,
        boolean asDot) {
    public BgpPrefixView {
        Objects.requireNonNull(prefix);
        paths = List.copyOf(paths);
        updateGroups = List.copyOf(updateGroups);
    }
}
