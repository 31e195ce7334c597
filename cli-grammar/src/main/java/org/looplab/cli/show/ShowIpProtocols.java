package org.looplab.cli.show;

import java.util.List;
import java.util.Map;
import org.looplab.net.Ipv4Address;
import org.looplab.ospf.NetworkStatement;
import org.looplab.ospf.OspfArea;
import org.looplab.ospf.OspfInterface;
import org.looplab.ospf.OspfProcess;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/** {@code show ip protocols}: each OSPF process's router id, networks, interfaces, passive interfaces and sources. */
public final class ShowIpProtocols {
    private ShowIpProtocols() {
    }

    public static String render(Router router) {
        long now = router.kernel().now();
        StringBuilder out = new StringBuilder("*** IP Routing is NSF aware ***\n\n");
        for (OspfProcess process : router.ospf().processes()) {
            out.append("Routing Protocol is \"ospf ").append(process.processId()).append("\"\n");
            out.append("  Outgoing update filter list for all interfaces is not set\n");
            out.append("  Incoming update filter list for all interfaces is not set\n");
            out.append("  Router ID ").append(process.routerId() == null ? "0.0.0.0" : process.routerId()).append('\n');
            if (process.isAbr()) {
                out.append("  It is an area border router\n");
            }
            int areas = process.areas().size();
            out.append("  Number of areas in this router is ").append(areas).append(". ").append(areas)
                    .append(" normal 0 stub 0 nssa\n");
            out.append("  Maximum path: 4\n");
            out.append("  Routing for Networks:\n");
            for (NetworkStatement network : process.networks()) {
                out.append("    ").append(network.address()).append(' ').append(network.wildcard()).append(" area ")
                        .append(network.area()).append('\n');
            }
            for (OspfArea area : process.areas()) {
                List<OspfInterface> explicit = area.interfaces().stream()
                        .filter(OspfInterface::attachedViaInterfaceConfig).toList();
                if (!explicit.isEmpty()) {
                    out.append("  Routing on Interfaces Configured Explicitly (Area ").append(area.id()).append("):\n");
                    explicit.forEach(each -> out.append("    ").append(each.name().fullName()).append('\n'));
                }
            }
            List<InterfaceName> passive = router.interfaces().stream().map(each -> each.name())
                    .filter(process::isPassive).toList();
            if (!passive.isEmpty()) {
                out.append("  Passive Interface(s):\n");
                passive.forEach(name -> out.append("    ").append(name.fullName()).append('\n'));
            }
            out.append("  Routing Information Sources:\n");
            out.append("    Gateway         Distance      Last Update\n");
            for (Map.Entry<Ipv4Address, Long> source : process.informationSources().entrySet()) {
                out.append(String.format("    %-15s %8d      %s%n", source.getKey(), OspfProcess.DISTANCE,
                        OspfTime.hms(now - source.getValue())));
            }
            out.append("  Distance: (default is ").append(OspfProcess.DISTANCE).append(")\n\n");
        }
        return out.toString();
    }
}
