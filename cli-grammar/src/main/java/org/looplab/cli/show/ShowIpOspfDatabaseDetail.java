package org.looplab.cli.show;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.Lsa;
import org.looplab.ospf.LsaBody;
import org.looplab.ospf.LsaType;
import org.looplab.ospf.LsdbEntry;
import org.looplab.ospf.OspfArea;
import org.looplab.ospf.OspfProcess;
import org.looplab.ospf.RouterLink;
import org.looplab.router.Router;

/**
 * {@code show ip ospf database router|network|summary|asbr-summary|external [LINK-STATE-ID]}: every LSA of
 * that type (or with that Link State ID) in full, as IOS 15 prints it, per area; the AS-scope type-5 LSAs
 * once for the process.
 */
public final class ShowIpOspfDatabaseDetail {
    private ShowIpOspfDatabaseDetail() {
    }

    public static String render(Router router, LsaType type, Ipv4Address linkStateId) {
        long now = router.kernel().now();
        StringBuilder out = new StringBuilder();
        for (OspfProcess process : ShowIpOspfDatabase.runningProcesses(router)) {
            out.append(ShowIpOspfDatabase.heading(process));
            Set<Object> seen = new HashSet<>();
            for (OspfArea area : process.areas()) {
                List<LsdbEntry> entries = new ArrayList<>();
                for (LsdbEntry entry : area.lsdb().entries()) {
                    Lsa lsa = entry.lsa();
                    if (lsa.type() == type && (linkStateId == null || lsa.linkStateId().equals(linkStateId))
                            && (type != LsaType.AS_EXTERNAL || seen.add(lsa.key()))) {
                        entries.add(entry);
                    }
                }
                if (entries.isEmpty()) {
                    continue;
                }
                out.append("\n                ").append(type.heading());
                out.append(type == LsaType.AS_EXTERNAL ? "\n\n" : " (Area " + area.id() + ")\n\n");
                for (LsdbEntry entry : entries) {
                    appendLsa(out, entry, now);
                }
            }
        }
        return out.toString();
    }

    private static void appendLsa(StringBuilder out, LsdbEntry entry, long now) {
        Lsa lsa = entry.lsa();
        out.append("  LS age: ").append(entry.ageAt(now) >= Lsa.MAX_AGE ? "MAXAGE(" + Lsa.MAX_AGE + ")"
                : String.valueOf(entry.ageAt(now))).append('\n');
        boolean upward = lsa.type() != LsaType.ROUTER && lsa.type() != LsaType.NETWORK;
        out.append("  Options: (No TOS-capability, ")
                .append(lsa.type() == LsaType.NSSA_EXTERNAL ? "Type 7/5 translation, " : "")
                .append("DC").append(upward ? ", Upward" : "").append(")\n");
        out.append("  LS Type: ").append(switch (lsa.type()) {
            case ROUTER -> "Router Links";
            case NETWORK -> "Network Links";
            case SUMMARY_NETWORK -> "Summary Links(Network)";
            case SUMMARY_ASBR -> "Summary Links(AS Boundary Router)";
            case AS_EXTERNAL, NSSA_EXTERNAL -> "AS External Link";
        }).append('\n');
        out.append("  Link State ID: ").append(lsa.linkStateId()).append(switch (lsa.type()) {
            case ROUTER -> "";
            case NETWORK -> " (address of Designated Router)";
            case SUMMARY_NETWORK -> " (summary Network Number)";
            case SUMMARY_ASBR -> " (AS Boundary Router address)";
            case AS_EXTERNAL, NSSA_EXTERNAL -> " (External Network Number )";
        }).append('\n');
        out.append("  Advertising Router: ").append(lsa.advertisingRouter()).append('\n');
        out.append("  LS Seq Number: ").append(String.format("%08X", lsa.sequence())).append('\n');
        out.append("  Checksum: ").append(String.format("0x%X", lsa.checksum())).append('\n');
        out.append("  Length: ").append(lsa.length()).append('\n');
        LsaBody body = lsa.body();
        if (body instanceof LsaBody.RouterBody router) {
            appendRouter(out, router);
        } else if (body instanceof LsaBody.NetworkBody network) {
            out.append("  Network Mask: /").append(Ipv4Prefix.lengthOfMask(network.mask())).append('\n');
            for (Ipv4Address attached : network.attachedRouters()) {
                out.append("        Attached Router: ").append(attached).append('\n');
            }
        } else if (body instanceof LsaBody.SummaryBody summary) {
            out.append("  Network Mask: /").append(Ipv4Prefix.lengthOfMask(summary.mask())).append('\n');
            out.append("        MTID: 0         Metric: ").append(summary.metric()).append(" \n");
        } else if (body instanceof LsaBody.ExternalBody external) {
            out.append("  Network Mask: /").append(Ipv4Prefix.lengthOfMask(external.mask())).append('\n');
            out.append("        Metric Type: ").append(external.type2() ? "2 (Larger than any link state path)"
                    : "1 (Comparable directly to link state metric)").append('\n');
            out.append("        MTID: 0 \n");
            out.append("        Metric: ").append(external.metric()).append(" \n");
            out.append("        Forward Address: ").append(external.forwardingAddress()).append('\n');
            out.append("        External Route Tag: ").append(external.tag()).append('\n');
        }
        out.append('\n');
    }

    private static void appendRouter(StringBuilder out, LsaBody.RouterBody router) {
        if ((router.flags() & LsaBody.RouterBody.FLAG_BORDER) != 0) {
            out.append("  Area Border Router\n");
        }
        if ((router.flags() & LsaBody.RouterBody.FLAG_EXTERNAL) != 0) {
            out.append("  AS Boundary Router\n");
        }
        out.append("  Number of Links: ").append(router.links().size()).append("\n\n");
        for (RouterLink link : router.links()) {
            switch (link.kind()) {
                case STUB -> out.append("    Link connected to: a Stub Network\n")
                        .append("     (Link ID) Network/subnet number: ").append(link.linkId()).append('\n')
                        .append("     (Link Data) Network Mask: ").append(link.linkData()).append('\n');
                case TRANSIT -> out.append("    Link connected to: a Transit Network\n")
                        .append("     (Link ID) Designated Router address: ").append(link.linkId()).append('\n')
                        .append("     (Link Data) Router Interface address: ").append(link.linkData()).append('\n');
                case POINT_TO_POINT -> out.append("    Link connected to: another Router (point-to-point)\n")
                        .append("     (Link ID) Neighboring Router ID: ").append(link.linkId()).append('\n')
                        .append("     (Link Data) Router Interface address: ").append(link.linkData()).append('\n');
            }
            out.append("      Number of MTID metrics: 0\n");
            out.append("       TOS 0 Metrics: ").append(link.metric()).append("\n\n");
        }
    }
}
