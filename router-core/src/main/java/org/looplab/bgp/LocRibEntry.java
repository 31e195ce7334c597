package org.looplab.bgp;

import java.util.ArrayList;
import java.util.List;
import org.looplab.net.Ipv4Prefix;

/**
 * One prefix of the BGP table (IOS's "network entry"): its paths, the best one and why, whether an
 * aggregate suppresses it, its table version, and which neighbors it was advertised to (a bit per
 * neighbor index: that is the Adj-RIB-Out, {@link AdjRibOut}).
 */
public final class LocRibEntry {
    final Ipv4Prefix prefix;
    BgpPath paths;
    BgpPath best;
    BestPathStep reason = BestPathStep.ONLY_PATH;
    boolean suppressed;
    static final int INSTALLED_EXTERNAL = 1;
    static final int INSTALLED_INTERNAL = 2;
    /** Which BGP sources this prefix has in the router's RIB (bits above). */
    byte installed;
    /** The low 32 bits of the table version (an int keeps the entry at 40 bytes). */
    int version;
    /** Bit n: advertised to the neighbor of index n; null when advertised to none. */
    long[] advertised;

    LocRibEntry(Ipv4Prefix prefix) {
        this.prefix = prefix;
    }

    public Ipv4Prefix prefix() {
        return prefix;
    }

    /** The paths, best first, then in arrival order (as {@code show ip bgp} lists them). */
    public List<BgpPath> paths() {
        List<BgpPath> all = new ArrayList<>();
        if (best != null) {
            all.add(best);
        }
        for (BgpPath path = paths; path != null; path = path.next) {
            if (path != best) {
                all.add(path);
            }
        }
        return all;
    }

    public int pathCount() {
        int count = 0;
        for (BgpPath path = paths; path != null; path = path.next) {
            count++;
        }
        return count;
    }

    /** The best path, or null when no path is valid. */
    public BgpPath best() {
        return best;
    }

    /** The step that made the best path win against the runner-up ({@link BestPathStep#ONLY_PATH} alone). */
    public BestPathStep bestPathReason() {
        return reason;
    }

    /** {@code s}: an {@code aggregate-address ... summary-only} covers it; not advertised. */
    public boolean isSuppressed() {
        return suppressed;
    }

    /** The table version when the best path last changed. */
    public long version() {
        return Integer.toUnsignedLong(version);
    }

    /** Whether the prefix is in the neighbor's Adj-RIB-Out ({@code show ip bgp neighbors A advertised-routes}). */
    public boolean isAdvertisedTo(BgpNeighbor neighbor) {
        return isAdvertisedTo(neighbor.adjRibOut.index);
    }

    /** The path from that source, or null. */
    BgpPath pathFrom(PathSource source) {
        for (BgpPath path = paths; path != null; path = path.next) {
            if (path.source == source) {
                return path;
            }
        }
        return null;
    }

    /** Adds a path at the end (arrival order). */
    void add(BgpPath path) {
        if (paths == null) {
            paths = path;
            return;
        }
        BgpPath last = paths;
        while (last.next != null) {
            last = last.next;
        }
        last.next = path;
    }

    /** Unlinks a path. */
    void remove(BgpPath path) {
        if (paths == path) {
            paths = path.next;
        } else {
            for (BgpPath previous = paths; previous != null; previous = previous.next) {
                if (previous.next == path) {
                    previous.next = path.next;
                    break;
                }
            }
        }
        path.next = null;
        // best still names the removed path until decide() runs: that is how decide() sees the change
    }

    boolean isAdvertisedTo(int index) {
        return advertised != null && index / 64 < advertised.length && (advertised[index / 64] & (1L << index)) != 0;
    }

    void setAdvertisedTo(int index, boolean on) {
        if (on) {
            if (advertised == null || index / 64 >= advertised.length) {
                long[] grown = new long[index / 64 + 1];
                if (advertised != null) {
                    System.arraycopy(advertised, 0, grown, 0, advertised.length);
                }
                advertised = grown;
            }
            advertised[index / 64] |= 1L << index;
        } else if (advertised != null && index / 64 < advertised.length) {
            advertised[index / 64] &= ~(1L << index);
        }
    }

    /**
     * Runs the decision: marks valid paths (next hop reachable), picks the best and the multipaths.
     * Returns true when the best path or the multipath set changed.
     */
    boolean decide(BestPathSelection.Settings settings, int maximumPathsExternal, int maximumPathsInternal) {
        BgpPath oldBest = best;
        boolean multipathPossible = maximumPathsExternal > 1 || maximumPathsInternal > 1
                || (oldBest != null && oldBest.isMultipath());
        int oldMultipath = multipathPossible ? multipathSignature() : 0;
        List<BgpPath> candidates = new ArrayList<>();
        for (BgpPath path = paths; path != null; path = path.next) {
            // An imported path's next hop lives in its exporting VRF, where it was valid (VrfImport).
            boolean reachable = path.attributes.nextHopBits() == 0 || path.source.isImported()
                    || settings.igpMetric().applyAsLong(path.attributes.nextHopBits()) >= 0;
            path.flags &= ~(BgpPath.VALID | BgpPath.BEST | BgpPath.MULTIPATH);
            if (reachable) {
                path.flags |= BgpPath.VALID;
                candidates.add(path);
            }
        }
        candidates.sort((a, b) -> Integer.compare(b.arrival, a.arrival)); // newest first, as IOS walks
        BgpPath winner = BestPathSelection.select(candidates, settings);
        best = winner;
        reason = BestPathStep.ONLY_PATH;
        if (winner != null) {
            winner.flags |= BgpPath.BEST; // RIB_FAILURE stays as the RIB last said (the speaker updates it)
            int closest = 0;
            int maximum = winner.isInternal() ? maximumPathsInternal : maximumPathsExternal;
            int multipaths = 1;
            for (BgpPath path = paths; path != null; path = path.next) {
                if (path == winner || !path.isValid()) {
                    continue;
                }
                int comparison = BestPathSelection.compare(winner, path, settings);
                if (closest == 0 || Math.abs(comparison) > Math.abs(closest)) {
                    closest = comparison;
                }
                if (multipaths < maximum && BestPathSelection.multipathEqual(winner, path, settings)) {
                    path.flags |= BgpPath.MULTIPATH;
                    multipaths++;
                }
            }
            if (multipaths > 1) {
                winner.flags |= BgpPath.MULTIPATH;
            }
            reason = closest == 0 ? BestPathStep.ONLY_PATH : BestPathSelection.step(closest);
        }
        for (BgpPath path = paths; path != null; path = path.next) {
            if (path != winner) {
                path.flags &= ~BgpPath.RIB_FAILURE;
            }
        }
        return oldBest != best || multipathPossible && oldMultipath != multipathSignature();
    }

    private int multipathSignature() {
        int signature = 0;
        for (BgpPath path = paths; path != null; path = path.next) {
            if (path.isMultipath()) {
                signature = signature * 31 + path.arrival + 1;
            }
        }
        return signature;
    }

    /** The paths to install in the routing table: the best, then its multipaths. */
    List<BgpPath> installable() {
        if (best == null) {
            return List.of();
        }
        List<BgpPath> chosen = new ArrayList<>(1);
        chosen.add(best);
        if (best.isMultipath()) {
            for (BgpPath path = paths; path != null; path = path.next) {
                if (path != best && path.isMultipath()) {
                    chosen.add(path);
                }
            }
        }
        return chosen;
    }

    @Override
    public String toString() {
        return prefix + " " + paths();
    }
}
