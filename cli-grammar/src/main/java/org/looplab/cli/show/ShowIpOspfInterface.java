package org.looplab.cli.show;

import org.looplab.ospf.Neighbor;
import org.looplab.ospf.NeighborState;
import org.looplab.ospf.NetworkType;
import org.looplab.ospf.OspfInterface;
import org.looplab.ospf.OspfProcess;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/** {@code show ip ospf interface [NAME]}: the detailed view of each OSPF interface, IOS 15's main lines. */
public final class ShowIpOspfInterface {
    private ShowIpOspfInterface() {
    }

    public static String render(Router router, InterfaceName only) {
        long now = router.kernel().now();
        StringBuilder out = new StringBuilder();
        for (OspfProcess process : router.ospf().processes()) {
            for (OspfInterface each : process.interfaces()) {
                if (only != null && !only.equals(each.name())) {
                    continue;
                }
                var iface = each.routerInterface();
                String status = iface.isShutdown() ? "administratively down" : iface.isProtocolUp() ? "up" : "down";
                // IOS ends this line with a space.
                out.append(each.name().fullName()).append(" is ").append(status).append(", line protocol is ")
                        .append(iface.isProtocolUp() ? "up" : "down").append(" \n");
                out.append("  Internet Address ").append(each.address()).append(", Area ").append(each.areaId())
                        .append(", Attached via ").append(each.attachedViaInterfaceConfig() ? "Interface Enable"
                                : "Network Statement").append('\n');
                out.append("  Process ID ").append(process.processId()).append(", Router ID ")
                        .append(process.routerId()).append(", Network Type ").append(each.networkType().text())
                        .append(", Cost: ").append(each.cost()).append('\n');
                if (each.networkType() == NetworkType.LOOPBACK) {
                    out.append("  Loopback interface is treated as a stub Host\n");
                    continue;
                }
                out.append("  Transmit Delay is ").append(each.transmitDelay()).append(" sec, State ")
                        .append(each.state().text());
                if (each.networkType() == NetworkType.BROADCAST) {
                    out.append(", Priority ").append(each.priority());
                }
                out.append('\n');
                if (each.networkType() == NetworkType.BROADCAST && each.drId() != null) {
                    out.append("  Designated Router (ID) ").append(each.drId()).append(", Interface address ")
                            .append(each.drAddress()).append('\n');
                    if (each.bdrId() != null) {
                        out.append("  Backup Designated router (ID) ").append(each.bdrId())
                                .append(", Interface address ").append(each.bdrAddress()).append('\n');
                    } else {
                        out.append("  No backup designated router on this network\n");
                    }
                }
                out.append("  Timer intervals configured, Hello ").append(each.helloInterval()).append(", Dead ")
                        .append(each.deadInterval()).append(", Wait ").append(each.waitInterval())
                        .append(", Retransmit ").append(each.retransmitInterval()).append('\n');
                if (each.isPassive()) {
                    out.append("    No Hellos (Passive interface) \n");
                } else if (each.helloDueNanos(now) >= 0) {
                    out.append("    Hello due in ").append(OspfTime.hms(each.helloDueNanos(now))).append('\n');
                }
                out.append("  Neighbor Count is ").append(each.neighborCount()).append(", Adjacent neighbor count is ")
                        .append(each.adjacentCount()).append(" \n");
                for (Neighbor neighbor : each.neighbors()) {
                    if (neighbor.state() == NeighborState.FULL) {
                        out.append("    Adjacent with neighbor ").append(neighbor.routerId()).append('\n');
                    }
                }
                out.append("  Suppress hello for 0 neighbor(s)\n");
                switch (each.authenticationType()) {
                    case SIMPLE -> out.append("  Simple password authentication enabled\n");
                    case MESSAGE_DIGEST -> out.append("  Cryptographic authentication enabled\n")
                            .append("    Youngest key id is ").append(each.youngestKeyId()).append('\n');
                    default -> { }
                }
            }
        }
        return out.toString();
    }
}
