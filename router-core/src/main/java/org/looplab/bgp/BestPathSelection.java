package org.looplab.bgp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToLongFunction;
import org.looplab.bgp.attr.PathAttributes;

/**
 * IOS's best path selection (Cisco, "BGP Best Path Selection Algorithm"; RFC 4271 9.1.2.2 for the steps
 * the RFC has). Paths whose next hop is unreachable are not candidates (step 0). Then, in order, each
 * step a method below; the first that tells two paths apart decides. When every step ties, the path
 * that arrived first in simulated time wins, never a wall-clock or hash order.
 *
 * <p>The paths are compared pairwise as IOS walks them ({@link #select}): newest first, the winner so
 * far against the next. Since MED is compared only between paths from the same neighbouring AS, that
 * comparison is not transitive and the outcome can depend on the order the paths arrived in: with paths
 * from AS 1 (MED 50), AS 2, AS 1 (MED 10), newest last, the walk can end on the MED-50 path although
 * its own AS offers a better one. {@code bgp deterministic-med} is IOS's cure: the paths are grouped by
 * neighbouring AS, each group's best is found with MED, and only the group winners are compared.
 */
public final class BestPathSelection {
    /** IOS's MED for a path without one under {@code bgp bestpath med missing-as-worst}. */
    static final long MED_WORST = 0xFFFFFFFFL;

    /**
     * What the decision reads besides the paths.
     *
     * @param defaultLocalPreference {@code bgp default local-preference}, for paths without LOCAL_PREF
     * @param options                the {@code bgp bestpath} knobs
     * @param igpMetric              the IGP metric to a next hop (its bits), -1 when unreachable
     */
    public record Settings(long defaultLocalPreference, Set<BestpathOption> options, IntToLongFunction igpMetric) {
        boolean has(BestpathOption option) {
            return options.contains(option);
        }
    }

    private BestPathSelection() {
    }

    /**
     * Compares two candidate paths: negative when {@code a} is better, positive when {@code b} is; the
     * absolute value is the deciding {@link BestPathStep}'s ordinal. Never 0 for two distinct paths.
     */
    public static int compare(BgpPath a, BgpPath b, Settings settings) {
        for (BestPathStep step : STEPS) {
            int result = compareAt(step, a, b, settings);
            if (result != 0) {
                return result < 0 ? -step.ordinal() : step.ordinal();
            }
        }
        return 0;
    }

    /**
     * The best of {@code candidates} (valid paths, newest first), or null when there are none. IOS's walk:
     * the newest path is the first winner, each older one is compared with the winner so far. With
     * {@code bgp deterministic-med} the walk runs first within each group of paths from the same
     * neighbouring AS (the MED step's notion of it, {@code AsPath.firstAs()}), then over the groups'
     * winners, groups in the order of their newest path.
     */
    public static BgpPath select(List<BgpPath> candidates, Settings settings) {
        if (!settings.has(BestpathOption.DETERMINISTIC_MED) || candidates.size() < 3) {
            return walk(candidates, settings);
        }
        Map<Long, List<BgpPath>> groups = new LinkedHashMap<>();
        for (BgpPath path : candidates) {
            groups.computeIfAbsent(path.attributes.asPath().firstAs(), as -> new ArrayList<>()).add(path);
        }
        List<BgpPath> winners = new ArrayList<>(groups.size());
        for (List<BgpPath> group : groups.values()) {
            winners.add(walk(group, settings));
        }
        return walk(winners, settings);
    }

    private static BgpPath walk(List<BgpPath> newestFirst, Settings settings) {
        BgpPath winner = null;
        for (BgpPath path : newestFirst) {
            if (winner == null || compare(path, winner, settings) < 0) {
                winner = path;
            }
        }
        return winner;
    }

    /** The deciding step of {@link #compare}'s result. */
    public static BestPathStep step(int comparison) {
        return BestPathStep.values()[Math.abs(comparison)];
    }

    private static final BestPathStep[] STEPS = {BestPathStep.WEIGHT, BestPathStep.LOCAL_PREFERENCE,
        BestPathStep.LOCALLY_ORIGINATED, BestPathStep.AS_PATH_LENGTH, BestPathStep.ORIGIN, BestPathStep.MED,
        BestPathStep.EXTERNAL_OVER_INTERNAL, BestPathStep.IGP_METRIC, BestPathStep.OLDEST_EXTERNAL,
        BestPathStep.ROUTER_ID, BestPathStep.CLUSTER_LIST_LENGTH, BestPathStep.NEIGHBOR_ADDRESS, BestPathStep.ARRIVAL};

    /** One step: negative when {@code a} is better at it, positive when {@code b} is, 0 when they tie. */
    static int compareAt(BestPathStep step, BgpPath a, BgpPath b, Settings s) {
        return switch (step) {
            case WEIGHT -> weight(a, b);
            case LOCAL_PREFERENCE -> localPreference(a, b, s);
            case LOCALLY_ORIGINATED -> locallyOriginated(a, b);
            case AS_PATH_LENGTH -> s.has(BestpathOption.AS_PATH_IGNORE) ? 0 : asPathLength(a, b);
            case ORIGIN -> origin(a, b);
            case MED -> med(a, b, s);
            case EXTERNAL_OVER_INTERNAL -> externalOverInternal(a, b);
            case IGP_METRIC -> igpMetric(a, b, s);
            case OLDEST_EXTERNAL -> s.has(BestpathOption.COMPARE_ROUTER_ID) ? 0 : oldestExternal(a, b);
            case ROUTER_ID -> routerId(a, b);
            case CLUSTER_LIST_LENGTH -> clusterListLength(a, b);
            case NEIGHBOR_ADDRESS -> neighborAddress(a, b);
            case ARRIVAL -> Integer.compare(a.arrival, b.arrival);
            case ONLY_PATH -> 0;
        };
    }

    /** 1. Cisco: prefer the highest weight (local to the router). */
    static int weight(BgpPath a, BgpPath b) {
        return Integer.compare(b.attributes.weight(), a.attributes.weight());
    }

    /** 2. RFC 4271 9.1.1: the highest degree of preference, LOCAL_PREF or the default when absent. */
    static int localPreference(BgpPath a, BgpPath b, Settings s) {
        return Long.compare(localPref(b.attributes, s), localPref(a.attributes, s));
    }

    static long localPref(PathAttributes attributes, Settings s) {
        return attributes.hasLocalPref() ? attributes.localPref() : s.defaultLocalPreference();
    }

    /**
     * 3. Cisco: prefer a path this router originated ({@code network}, {@code redistribute}), and those
     * over a local aggregate ({@code aggregate-address}).
     */
    static int locallyOriginated(BgpPath a, BgpPath b) {
        return Integer.compare(localRank(a), localRank(b));
    }

    private static int localRank(BgpPath path) {
        if (!path.isLocal()) {
            return 2;
        }
        return path.isAggregate() ? 1 : 0;
    }

    /** 4. RFC 4271 9.1.2.2 a: the shortest AS_PATH (an AS_SET counts one); skipped with as-path ignore. */
    static int asPathLength(BgpPath a, BgpPath b) {
        return Integer.compare(a.attributes.asPath().length(), b.attributes.asPath().length());
    }

    /** 5. RFC 4271 9.1.2.2 b: the lowest ORIGIN (IGP, then EGP, then incomplete). */
    static int origin(BgpPath a, BgpPath b) {
        return Integer.compare(a.attributes.origin().ordinal(), b.attributes.origin().ordinal());
    }

    /**
     * 6. RFC 4271 9.1.2.2 c: the lowest MED, only between paths from the same neighbouring AS unless
     * {@code bgp always-compare-med}. A missing MED is 0 (IOS), or the worst with
     * {@code bgp bestpath med missing-as-worst}. Paths with an empty AS path (ours, or from our AS) share
     * "AS 0" and compare with each other, as on IOS.
     */
    static int med(BgpPath a, BgpPath b, Settings s) {
        if (!s.has(BestpathOption.ALWAYS_COMPARE_MED)
                && a.attributes.asPath().firstAs() != b.attributes.asPath().firstAs()) {
            return 0;
        }
        return Long.compare(med(a.attributes, s), med(b.attributes, s));
    }

    private static long med(PathAttributes attributes, Settings s) {
        if (attributes.hasMed()) {
            return attributes.med();
        }
        return s.has(BestpathOption.MED_MISSING_AS_WORST) ? MED_WORST : 0;
    }

    /** 7. RFC 4271 9.1.2.2 d: an eBGP path over an iBGP one (local paths count as external). */
    static int externalOverInternal(BgpPath a, BgpPath b) {
        return Boolean.compare(a.isInternal(), b.isInternal());
    }

    /** 8. RFC 4271 9.1.2.2 e: the lowest interior cost to the NEXT_HOP. */
    static int igpMetric(BgpPath a, BgpPath b, Settings s) {
        return Long.compare(metric(a, s), metric(b, s));
    }

    static long metric(BgpPath path, Settings s) {
        long metric = path.attributes.nextHopBits() == 0 ? 0 : s.igpMetric().applyAsLong(path.attributes.nextHopBits());
        return metric < 0 ? Long.MAX_VALUE : metric;
    }

    /**
     * 10. Cisco: between two eBGP paths, the one received first (the oldest) wins, to limit churn; skipped
     * with {@code bgp bestpath compare-routerid}. (Step 9, multipath, is not a tie-breaker: see
     * {@link LocRibEntry}.)
     */
    static int oldestExternal(BgpPath a, BgpPath b) {
        if (!a.source.isExternal() || !b.source.isExternal()) {
            return 0;
        }
        return Integer.compare(a.arrival, b.arrival);
    }

    /** 11. RFC 4271 9.1.2.2 f: the lowest BGP identifier; a reflected path's ORIGINATOR_ID (RFC 4456 9). */
    static int routerId(BgpPath a, BgpPath b) {
        return Integer.compareUnsigned(routerIdOf(a), routerIdOf(b));
    }

    private static int routerIdOf(BgpPath path) {
        return path.attributes.hasOriginatorId() ? path.attributes.originatorId().bits()
                : path.source.peerRouterId().bits();
    }

    /** 12. RFC 4456 9: the shortest CLUSTER_LIST. */
    static int clusterListLength(BgpPath a, BgpPath b) {
        return Integer.compare(a.attributes.clusterListLength(), b.attributes.clusterListLength());
    }

    /** 13. RFC 4271 9.1.2.2 g: the lowest neighbour address. */
    static int neighborAddress(BgpPath a, BgpPath b) {
        return Integer.compareUnsigned(a.source.peerAddress().bits(), b.source.peerAddress().bits());
    }

    /**
     * Cisco step 9: may {@code candidate} be installed beside {@code best} ({@code maximum-paths})? Equal
     * through the IGP metric, both eBGP or both iBGP, the same AS path (IOS compares it whole), and a
     * different next hop.
     */
    static boolean multipathEqual(BgpPath best, BgpPath candidate, Settings s) {
        if (best.isLocal() || candidate.isLocal() || best.isInternal() != candidate.isInternal()) {
            return false;
        }
        for (BestPathStep step : STEPS) {
            if (step == BestPathStep.OLDEST_EXTERNAL) {
                break;
            }
            if (compareAt(step, best, candidate, s) != 0) {
                return false;
            }
        }
        return best.attributes.asPath().equals(candidate.attributes.asPath())
                && best.attributes.nextHopBits() != candidate.attributes.nextHopBits();
    }
}
