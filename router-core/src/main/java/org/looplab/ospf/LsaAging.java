package org.looplab.ospf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.looplab.sim.SimEvent;

/**
 * The passing of time in the databases (RFC 2328 14): our LSAs are refreshed at LSRefreshTime (30 min);
 * an LSA that reaches MaxAge (1 h) is flooded at MaxAge and leaves the database once no neighbour still
 * has to acknowledge it. Ages are computed from install times, so no event runs per LSA: one sweep is
 * scheduled for the earliest moment something is due.
 */
final class LsaAging {
    private final OspfProcess process;
    private final Set<PendingRemoval> maxAged = new LinkedHashSet<>();
    private SimEvent sweep;
    private long sweepAtNanos = Long.MAX_VALUE;
    private SimEvent removal;

    private record PendingRemoval(OspfArea area, LsaKey key) {
    }

    LsaAging(OspfProcess process) {
        this.process = process;
    }

    /** An LSA was installed at {@code now} with {@code age}: make sure the sweep comes when it is due. */
    void noteInstalled(long now, int age, boolean self) {
        int dueIn = (self ? Lsa.LS_REFRESH_TIME : Lsa.MAX_AGE) - age;
        long due = now + Math.max(0, dueIn) * 1_000_000_000L;
        if (due < sweepAtNanos) {
            if (sweep != null) {
                sweep.cancel();
            }
            sweepAtNanos = due;
            sweep = process.kernel().schedule(due - now, this::sweep);
        }
    }

    /** A MaxAge LSA: it leaves the database once acknowledged by every neighbour. */
    void noteMaxAge(OspfArea area, LsaKey key) {
        maxAged.add(new PendingRemoval(area, key));
        if (removal == null) {
            removal = process.kernel().schedule(OspfInterface.RETRANSMIT_INTERVAL * 1_000_000_000L / 5, this::removeAcknowledged);
        }
    }

    private void removeAcknowledged() {
        removal = null;
        Flooding flooding = process.flooding();
        for (PendingRemoval pending : new ArrayList<>(maxAged)) {
            LsdbEntry entry = pending.area.lsdb.get(pending.key);
            if (entry == null || !entry.lsa.isMaxAge()) {
                maxAged.remove(pending);
            } else if (!flooding.stillNeeded(pending.area, pending.key)) {
                pending.area.lsdb.remove(pending.key);
                pending.area.own.remove(pending.key);
                maxAged.remove(pending);
            }
        }
        if (!maxAged.isEmpty()) {
            removal = process.kernel().schedule(OspfInterface.RETRANSMIT_INTERVAL * 1_000_000_000L, this::removeAcknowledged);
        }
    }

    private void sweep() {
        sweep = null;
        sweepAtNanos = Long.MAX_VALUE;
        if (!process.isRunning()) {
            return;
        }
        long now = process.kernel().now();
        long next = Long.MAX_VALUE;
        for (OspfArea area : process.areaList()) {
            List<LsdbEntry> expired = new ArrayList<>();
            for (LsdbEntry entry : area.lsdb.all()) {
                if (entry.lsa.isMaxAge()) {
                    continue;
                }
                int age = entry.ageAt(now);
                boolean self = process.flooding().isSelfOriginated(entry.lsa);
                if (self && age >= Lsa.LS_REFRESH_TIME) {
                    process.origination().refresh(area, entry.lsa.key());
                } else if (age >= Lsa.MAX_AGE) {
                    expired.add(entry);
                } else {
                    int dueIn = (self ? Lsa.LS_REFRESH_TIME : Lsa.MAX_AGE) - age;
                    next = Math.min(next, now + dueIn * 1_000_000_000L);
                }
            }
            for (LsdbEntry entry : expired) {
                // 14: an LSA reaching MaxAge is flooded so that every router drops it.
                process.flooding().flush(area, entry);
            }
        }
        if (next != Long.MAX_VALUE) {
            sweepAtNanos = next;
            sweep = process.kernel().schedule(next - now, this::sweep);
        }
    }

    void stop() {
        if (sweep != null) {
            sweep.cancel();
        }
        if (removal != null) {
            removal.cancel();
        }
        sweep = null;
        removal = null;
        sweepAtNanos = Long.MAX_VALUE;
        maxAged.clear();
    }
}
