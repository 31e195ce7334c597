package org.looplab.ospf;

import java.util.ArrayList;
import java.util.List;
import org.looplab.net.Ipv4Address;

/**
 * The Designated Router election of RFC 2328 9.4, run by one router on one broadcast segment from what
 * its neighbours declare in their hellos. Highest priority wins, then highest router id; a router with
 * priority 0 never stands; an elected DR is not pre-empted by a better router that arrives later, because
 * routers declaring themselves DR are preferred (steps 2 and 3).
 */
final class DrElection {
    /** One eligible router: itself or a neighbour in state 2-Way or above. */
    private record Candidate(Ipv4Address routerId, Ipv4Address address, int priority, boolean declaresDr,
                             boolean declaresBdr) {
        boolean beats(Candidate other) {
            if (priority != other.priority) {
                return priority > other.priority;
            }
            return routerId.compareTo(other.routerId) > 0;
        }
    }

    private DrElection() {
    }

    static void elect(OspfInterface iface) {
        Ipv4Address self = iface.address.address();
        boolean wasDr = self.equals(iface.dr);
        boolean wasBdr = self.equals(iface.bdr);
        List<Candidate> others = new ArrayList<>();
        for (Neighbor neighbor : iface.neighbors.values()) {
            if (neighbor.state.atLeast(NeighborState.TWO_WAY) && neighbor.priority > 0) {
                others.add(new Candidate(neighbor.routerId, neighbor.address, neighbor.priority,
                        neighbor.address.equals(neighbor.declaredDr), neighbor.address.equals(neighbor.declaredBdr)));
            }
        }
        Ipv4Address[] result = round(iface, others, wasDr, wasBdr);
        boolean isDr = self.equals(result[0]);
        boolean isBdr = self.equals(result[1]);
        // Step 4: when our own role changed, run steps 2 and 3 again with our new declaration.
        if (isDr != wasDr || isBdr != wasBdr) {
            result = round(iface, others, isDr, isBdr);
            isDr = self.equals(result[0]);
            isBdr = self.equals(result[1]);
        }
        iface.dr = result[0];
        iface.bdr = result[1];
        iface.state = isDr ? InterfaceState.DR : isBdr ? InterfaceState.BACKUP : InterfaceState.DR_OTHER;
    }

    /** Steps 2 and 3: the BDR, then the DR; returns {dr, bdr} addresses (0.0.0.0 when none). */
    private static Ipv4Address[] round(OspfInterface iface, List<Candidate> others, boolean selfDr, boolean selfBdr) {
        List<Candidate> all = new ArrayList<>(others);
        if (iface.priority > 0) {
            all.add(new Candidate(iface.process.routerId(), iface.address.address(), iface.priority, selfDr, selfBdr));
        }
        Candidate bdr = null;
        boolean bdrDeclared = false;
        for (Candidate candidate : all) {
            if (candidate.declaresDr) {
                continue;
            }
            if (candidate.declaresBdr && !bdrDeclared) {
                bdr = candidate;
                bdrDeclared = true;
            } else if (candidate.declaresBdr == bdrDeclared && (bdr == null || candidate.beats(bdr))) {
                bdr = candidate;
            }
        }
        Candidate dr = null;
        for (Candidate candidate : all) {
            if (candidate.declaresDr && (dr == null || candidate.beats(dr))) {
                dr = candidate;
            }
        }
        if (dr == null) {
            dr = bdr;
        }
        Ipv4Address drAddress = dr == null ? Ipv4Address.ANY : dr.address;
        Ipv4Address bdrAddress = bdr == null || bdr == dr ? Ipv4Address.ANY : bdr.address;
        return new Ipv4Address[] {drAddress, bdrAddress};
    }
}
