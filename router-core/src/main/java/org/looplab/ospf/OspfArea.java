package org.looplab.ospf;

import java.util.ArrayList;
import java.util.List;
import org.looplab.sim.SimEvent;

/**
 * One area a process is attached to (RFC 2328 6): its interfaces, its link-state database and its SPF
 * statistics ({@code show ip ospf}: "SPF algorithm executed N times").
 */
public final class OspfArea {
    final AreaId id;
    final Lsdb lsdb = new Lsdb();
    final List<OspfInterface> interfaces = new ArrayList<>();
    /** Keys of the LSAs this router originated in the area and has not flushed. */
    final java.util.Set<LsaKey> own = new java.util.HashSet<>();
    /** Own LSAs to originate anew even when unchanged: refreshes (LSRefreshTime) and 13.4. */
    final java.util.Set<LsaKey> forced = new java.util.HashSet<>();
    int spfRuns;
    long lastSpfNanos = -1;
    SimEvent syncEvent;

    OspfArea(AreaId id) {
        this.id = id;
    }

    public AreaId id() {
        return id;
    }

    public Lsdb lsdb() {
        return lsdb;
    }

    public List<OspfInterface> interfaces() {
        return List.copyOf(interfaces);
    }

    /** {@code Number of interfaces in this area is 3 (1 loopback)}: the loopback part. */
    public int loopbackCount() {
        int loopbacks = 0;
        for (OspfInterface each : interfaces) {
            if (each.iface.isLoopback()) {
                loopbacks++;
            }
        }
        return loopbacks;
    }

    public int spfRuns() {
        return spfRuns;
    }

    /** Virtual time of the last SPF run in this area, -1 when none yet. */
    public long lastSpfNanos() {
        return lastSpfNanos;
    }

    /** True when at least one interface of the area is up. */
    public boolean isActive() {
        for (OspfInterface each : interfaces) {
            if (each.isUp()) {
                return true;
            }
        }
        return false;
    }

    /** The instance to put in an update now: its current age plus InfTransDelay (13.3), capped at MaxAge. */
    Lsa ageForTransmission(Lsa lsa, long nowNanos) {
        LsdbEntry entry = lsdb.get(lsa.key());
        int age = entry != null && entry.lsa == lsa ? entry.ageAt(nowNanos) : lsa.age();
        return lsa.withAge(Math.min(Lsa.MAX_AGE, age + OspfInterface.TRANSMIT_DELAY));
    }

    @Override
    public String toString() {
        return "area " + id;
    }
}
