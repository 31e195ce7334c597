package org.looplab.cli.show;

import org.looplab.ospf.OspfInterface;
import org.looplab.ospf.OspfProcess;
import org.looplab.router.Router;

/** {@code show ip ospf interface brief}: IOS 15's columns, short interface names, Nbrs F/C (full/count). */
public final class ShowIpOspfInterfaceBrief {
    private ShowIpOspfInterfaceBrief() {
    }

    public static String render(Router router) {
        StringBuilder out = new StringBuilder();
        out.append("Interface    PID   Area            IP Address/Mask    Cost  State Nbrs F/C\n");
        for (OspfProcess process : router.ospf().processes()) {
            for (OspfInterface each : process.interfaces()) {
                String address = each.address() == null ? "0.0.0.0/0" : each.address().toString();
                out.append(String.format("%-13s%-6d%-16s%-19s%-6d%-6s%d/%d%n", each.name().shortName(),
                        process.processId(), each.areaId(), address, each.cost(), each.state().brief(),
                        each.adjacentCount(), each.neighborCount()));
            }
        }
        return out.toString();
    }
}
