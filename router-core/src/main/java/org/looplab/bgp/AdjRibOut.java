package org.looplab.bgp;

import java.util.LinkedHashSet;
import org.looplab.sim.SimEvent;

/**
 * A neighbor's Adj-RIB-Out. What was advertised is one bit per Loc-RIB entry (the neighbor's index in
 * {@link LocRibEntry#advertised}), not a copy per neighbor: the attributes sent are recomputed from the
 * best path when needed, as IOS's update groups do. This holds the entries waiting to be sent, the
 * MRAI timer (IOS: 0 s iBGP, 30 s eBGP; RFC 4271 9.2.1.1) and the counts.
 */
public final class AdjRibOut {
    /** IOS's minimum route advertisement intervals. */
    public static final int MRAI_EXTERNAL_SECONDS = 30;
    public static final int MRAI_INTERNAL_SECONDS = 0;

    final int index;
    final LinkedHashSet<LocRibEntry> pending = new LinkedHashSet<>();
    SimEvent flushEvent;
    long lastFlushNanos = Long.MIN_VALUE / 2;
    int advertised;
    long totalAdvertised;
    long withdrawn;

    AdjRibOut(int index) {
        this.index = index;
    }

    /** Prefixes advertised now ({@code show ip bgp neighbors}' "Prefixes Current: Sent"). */
    public int advertisedPrefixes() {
        return advertised;
    }

    public long totalAdvertised() {
        return totalAdvertised;
    }

    public long withdrawn() {
        return withdrawn;
    }

    /** Entries waiting for the next advertisement run (IOS's OutQ, in prefixes). */
    public int pendingPrefixes() {
        return pending.size();
    }

    void clear() {
        pending.clear();
        if (flushEvent != null) {
            flushEvent.cancel();
            flushEvent = null;
        }
        advertised = 0;
        totalAdvertised = 0;
        withdrawn = 0;
    }
}
