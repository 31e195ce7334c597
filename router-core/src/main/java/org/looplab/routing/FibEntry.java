package org.looplab.routing;

import java.util.List;
import org.looplab.net.Ipv4Prefix;

/** One FIB prefix with its resolved adjacencies (several for equal-cost multipath). */
public record FibEntry(Ipv4Prefix prefix, List<Adjacency> adjacencies) {
    public FibEntry {
        adjacencies = List.copyOf(adjacencies);
    }

    /**
     * The adjacency a flow uses: per-destination load sharing, CEF's default, so every packet of one
     * source/destination pair takes the same path and the choice never depends on time or chance.
     */
    public Adjacency choose(int flowHash) {
        return adjacencies.get(Math.floorMod(flowHash, adjacencies.size()));
    }
}
