package org.looplab.cli.show.bgp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.BgpPath;
import org.looplab.bgp.LocRibEntry;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/**
 * Maps the engine's paths to {@code show ip bgp} rows. IOS lists the paths of a prefix newest first (a
 * new path goes to the head of the prefix's list and best-path selection does not move it: real outputs
 * show the best path first, last or in between, see ../shared/ios-reference/samples/cisco_ios_show_ip_bgp1.raw
 * and _bgp4.raw), so rows follow simulated arrival, latest first. LocPrf is printed when the path carries
 * LOCAL_PREF, as IOS does: iBGP paths, and paths whose local preference a route-map set; eBGP and locally
 * originated paths leave it blank. A path whose next hop is unreachable has no {@code *}.
 */
public final class BgpPathViews {
    private BgpPathViews() {
    }

    /** The paths of one prefix in IOS's order: newest first. */
    public static List<BgpPath> inIosOrder(LocRibEntry entry) {
        List<BgpPath> paths = new ArrayList<>(entry.paths());
        paths.sort(Comparator.comparingInt(BgpPath::arrival).reversed());
        return paths;
    }

    /** The rows of one prefix. */
    public static List<BgpPathView> rows(LocRibEntry entry) {
        List<BgpPathView> rows = new ArrayList<>();
        for (BgpPath path : inIosOrder(entry)) {
            rows.add(of(entry, path));
        }
        return rows;
    }

    public static BgpPathView of(LocRibEntry entry, BgpPath path) {
        return of(entry.prefix(), status(entry, path), path.isBest(), path.isMultipath(), path.isInternal(),
                path.attributes());
    }

    /** A row from attributes (a received-routes copy before inbound policy, or a table path). */
    static BgpPathView of(Ipv4Prefix prefix, BgpPathStatus status, boolean best, boolean multipath, boolean internal,
            PathAttributes a) {
        Ipv4Address nextHop = a.nextHop() == null ? Ipv4Address.ANY : a.nextHop();
        List<AsNumber> asPath = new ArrayList<>();
        for (long as : a.asPath().asNumbers()) {
            asPath.add(new AsNumber(as));
        }
        return new BgpPathView(prefix, status, best, multipath, internal, nextHop, a.hasMed() ? a.med() : null,
                a.hasLocalPref() ? a.localPref() : null, a.weight(), asPath, a.origin());
    }

    /** {@code s} suppressed by an aggregate, {@code r} RIB-failure, {@code *} valid, else blank. */
    static BgpPathStatus status(LocRibEntry entry, BgpPath path) {
        if (entry.isSuppressed()) {
            return BgpPathStatus.SUPPRESSED;
        }
        if (path.isRibFailure()) {
            return BgpPathStatus.RIB_FAILURE;
        }
        return path.isValid() || path.isLocal() ? BgpPathStatus.VALID : BgpPathStatus.NOT_VALID;
    }
}
