package org.looplab.cli.show;

import org.looplab.ospf.Neighbor;
import org.looplab.ospf.OspfProcess;
import org.looplab.router.Router;

/** {@code show ip ospf neighbor}: one line per neighbour, IOS's columns. */
public final class ShowIpOspfNeighbor {
    private ShowIpOspfNeighbor() {
    }

    public static String render(Router router) {
        long now = router.kernel().now();
        StringBuilder out = new StringBuilder();
        out.append('\n').append("Neighbor ID     Pri   State           Dead Time   Address         Interface\n");
        for (OspfProcess process : router.ospf().processes()) {
            for (Neighbor neighbor : process.neighbors()) {
                out.append(String.format("%-15s %3d   %-15s %-11s %-15s %s%n", neighbor.routerId(), neighbor.priority(),
                        neighbor.stateText(), OspfTime.hms(neighbor.deadTimeRemainingNanos(now)), neighbor.address(),
                        neighbor.ospfInterface().name().fullName()));
            }
        }
        return out.toString();
    }
}
