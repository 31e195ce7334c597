package org.looplab.cli.show;

import org.looplab.ospf.Neighbor;
import org.looplab.ospf.OspfInterface;
import org.looplab.ospf.OspfProcess;
import org.looplab.router.Router;

/**
 * {@code show ip ospf neighbor detail}: one block per neighbour as IOS 15 prints it (area and interface,
 * priority, state and state changes, the DR and BDR it declares, its hello options, dead timer, uptime
 * and retransmission queue).
 */
public final class ShowIpOspfNeighborDetail {
    private ShowIpOspfNeighborDetail() {
    }

    public static String render(Router router) {
        long now = router.kernel().now();
        StringBuilder out = new StringBuilder();
        for (OspfProcess process : router.ospf().processes()) {
            for (Neighbor neighbor : process.neighbors()) {
                OspfInterface iface = neighbor.ospfInterface();
                out.append(" Neighbor ").append(neighbor.routerId()).append(", interface address ")
                        .append(neighbor.address()).append('\n');
                out.append("    In the area ").append(iface.areaId()).append(" via interface ")
                        .append(iface.name().fullName()).append('\n');
                out.append("    Neighbor priority is ").append(neighbor.priority()).append(", State is ")
                        .append(neighbor.state().text()).append(", ").append(neighbor.stateChanges())
                        .append(" state changes\n");
                out.append("    DR is ").append(neighbor.declaredDr()).append(" BDR is ").append(neighbor.declaredBdr())
                        .append('\n');
                out.append(String.format("    Options is 0x%X%n", neighbor.options()));
                out.append("    Dead timer due in ").append(OspfTime.hms(neighbor.deadTimeRemainingNanos(now))).append('\n');
                out.append("    Neighbor is up for ").append(OspfTime.hms(now - neighbor.discoveredNanos())).append('\n');
                out.append("    Index 1/1, retransmission queue length ").append(neighbor.retransmissionCount())
                        .append(", number of retransmission 0\n");
                out.append("    First 0x0(0)/0x0(0) Next 0x0(0)/0x0(0)\n");
                out.append("    Last retransmission scan length is 0, maximum is 0\n");
                out.append("    Last retransmission scan time is 0 msec, maximum is 0 msec\n");
            }
        }
        return out.toString();
    }
}
