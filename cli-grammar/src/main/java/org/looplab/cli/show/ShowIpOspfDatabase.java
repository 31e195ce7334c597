package org.looplab.cli.show;

import org.looplab.ospf.LsaType;
import org.looplab.ospf.LsdbEntry;
import org.looplab.ospf.OspfArea;
import org.looplab.ospf.OspfProcess;
import org.looplab.router.Router;

/**
 * {@code show ip ospf database}: per process and area, one section per LSA type (IOS indents the section
 * headings with two tabs), with age, sequence number, checksum and, for router LSAs, the link count.
 */
public final class ShowIpOspfDatabase {
    private ShowIpOspfDatabase() {
    }

    public static String render(Router router) {
        long now = router.kernel().now();
        StringBuilder out = new StringBuilder();
        for (OspfProcess process : router.ospf().processes()) {
            if (process.routerId() == null) {
                continue;
            }
            out.append('\n').append("            OSPF Router with ID (").append(process.routerId())
                    .append(") (Process ID ").append(process.processId()).append(")\n");
            for (OspfArea area : process.areas()) {
                for (LsaType type : LsaType.values()) {
                    var entries = area.lsdb().entries().stream().filter(entry -> entry.lsa().type() == type).toList();
                    if (entries.isEmpty()) {
                        continue;
                    }
                    out.append("\n\t\t").append(type.heading()).append(" (Area ").append(area.id()).append(")\n\n");
                    boolean routerLsas = type == LsaType.ROUTER;
                    out.append(routerLsas ? "Link ID         ADV Router      Age         Seq#       Checksum Link count\n"
                            : "Link ID         ADV Router      Age         Seq#       Checksum\n");
                    for (LsdbEntry entry : entries) {
                        var lsa = entry.lsa();
                        out.append(String.format("%-15s %-15s %-11d 0x%08X 0x%06X", lsa.linkStateId(),
                                lsa.advertisingRouter(), entry.ageAt(now), lsa.sequence(), lsa.checksum()));
                        if (routerLsas) {
                            out.append(' ').append(lsa.linkCount());
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
