package org.looplab.cli.show;

import org.looplab.net.ClassfulNetwork;
import java.util.LinkedHashSet;
import java.util.Set;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.Router;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;

/**
 * {@code show ip route summary}: prefixes per source, split into networks (classful or shorter) and
 * subnets, as IOS 15 prints it. Local routes count with connected. The byte figures follow IOS's
 * per-route costs (72 bytes of overhead, 272 of memory per path; 600 per internal classful node): they
 * describe IOS, not this JVM's heap.
 */
public final class ShowIpRouteSummary {
    private static final int OVERHEAD_PER_ROUTE = 72;
    private static final int MEMORY_PER_PATH = 272;
    private static final int MEMORY_PER_INTERNAL_NODE = 600;

    private ShowIpRouteSummary() {
    }

    private static final class Count {
        int networks;
        int subnets;
        int paths;
        int intraArea;
        int interArea;
        int external1;
        int external2;
        int nssa1;
        int nssa2;

        void add(Route best, int pathCount) {
            if (ClassfulNetwork.isSubnet(best.prefix())) {
                subnets++;
            } else {
                networks++;
            }
            paths += pathCount;
        }

        String row(String name) {
            int routes = networks + subnets;
            return String.format("%-16s%-12d%-12d%-12d%-12d%d%n", name, networks, subnets, 0,
                    routes * OVERHEAD_PER_ROUTE, paths * MEMORY_PER_PATH);
        }
    }

    public static String render(Router router) {
        Count connected = new Count();
        Count statics = new Count();
        Count ospf = new Count();
        Set<Ipv4Prefix> internal = new LinkedHashSet<>();
        for (Route best : router.rib().routes()) {
            int paths = router.rib().paths(best.prefix()).size();
            if (ClassfulNetwork.isSubnet(best.prefix())) {
                internal.add(ClassfulNetwork.of(best.prefix().network()));
            }
            switch (best.source()) {
                case CONNECTED, LOCAL -> connected.add(best, paths);
                case STATIC -> statics.add(best, paths);
                case OSPF, OSPF_INTER_AREA, OSPF_EXTERNAL_1, OSPF_EXTERNAL_2, OSPF_NSSA_1, OSPF_NSSA_2 -> {
                    ospf.add(best, paths);
                    switch (best.source()) {
                        case OSPF -> ospf.intraArea++;
                        case OSPF_INTER_AREA -> ospf.interArea++;
                        case OSPF_EXTERNAL_1 -> ospf.external1++;
                        case OSPF_NSSA_1 -> ospf.nssa1++;
                        case OSPF_NSSA_2 -> ospf.nssa2++;
                        default -> ospf.external2++;
                    }
                }
                default -> { }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("IP routing table name is default (0x0)\n");
        out.append("IP routing table maximum-paths is 32\n");
        out.append("Route Source    Networks    Subnets     Replicates  Overhead    Memory (bytes)\n");
        out.append(connected.row("connected"));
        out.append(statics.row("static"));
        out.append(String.format("%-16s%-12d%-12d%-12d%-12d%d%n", "application", 0, 0, 0, 0, 0));
        String ospfName = RouteProtocolName.ospfProcessName(router);
        if (ospfName != null) {
            out.append(ospf.row(ospfName));
            out.append("  Intra-area: ").append(ospf.intraArea).append(" Inter-area: ").append(ospf.interArea)
                    .append(" External-1: ").append(ospf.external1).append(" External-2: ").append(ospf.external2)
                    .append('\n');
            out.append("  NSSA External-1: ").append(ospf.nssa1).append(" NSSA External-2: ").append(ospf.nssa2)
                    .append('\n');
        }
        int internalMemory = internal.size() * MEMORY_PER_INTERNAL_NODE;
        out.append(String.format("%-16s%-12d%-36s%d%n", "internal", internal.size(), "", internalMemory));
        int networks = connected.networks + statics.networks + ospf.networks;
        int subnets = connected.subnets + statics.subnets + ospf.subnets;
        int overhead = (networks + subnets) * OVERHEAD_PER_ROUTE;
        int memory = (connected.paths + statics.paths + ospf.paths) * MEMORY_PER_PATH + internalMemory;
        out.append(String.format("%-16s%-12d%-12d%-12d%-12d%d%n", "Total", networks + internal.size(), subnets, 0,
                overhead, memory));
        return out.toString();
    }
}
