package org.looplab.cli.show;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.looplab.ospf.Lsa;
import org.looplab.ospf.LsaBody;
import org.looplab.ospf.LsaKey;
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
        for (OspfProcess process : runningProcesses(router)) {
            out.append(heading(process));
            for (OspfArea area : process.areas()) {
                for (LsaType type : LsaType.values()) {
                    if (type != LsaType.AS_EXTERNAL) {
                        appendSection(out, type, " (Area " + area.id() + ")",
                                area.lsdb().entries().stream().filter(entry -> entry.lsa().type() == type).toList(), now);
                    }
                }
            }
            // AS-scope: every area that carries them holds the same type-5 LSAs; IOS lists them once.
            Map<LsaKey, LsdbEntry> externals = new TreeMap<>();
            for (OspfArea area : process.areas()) {
                for (LsdbEntry entry : area.lsdb().entries()) {
                    if (entry.lsa().type() == LsaType.AS_EXTERNAL) {
                        externals.putIfAbsent(entry.lsa().key(), entry);
                    }
                }
            }
            appendSection(out, LsaType.AS_EXTERNAL, "", List.copyOf(externals.values()), now);
        }
        return out.toString();
    }

    /** The processes that have a router id: those with a database to show. */
    static java.util.List<OspfProcess> runningProcesses(Router router) {
        return router.ospf().processes().stream().filter(process -> process.routerId() != null).toList();
    }

    /** IOS's heading of a process's database, after an empty line. */
    static String heading(OspfProcess process) {
        return "\n            OSPF Router with ID (" + process.routerId() + ") (Process ID " + process.processId() + ")\n";
    }

    private static void appendSection(StringBuilder out, LsaType type, String scope, List<LsdbEntry> entries, long now) {
        if (entries.isEmpty()) {
            return;
        }
        out.append("\n\t\t").append(type.heading()).append(scope).append("\n\n");
        out.append("Link ID         ADV Router      Age         Seq#       Checksum");
        out.append(switch (type) {
            case ROUTER -> " Link count\n";
            case AS_EXTERNAL, NSSA_EXTERNAL -> " Tag\n";
            default -> "\n";
        });
        for (LsdbEntry entry : entries) {
            Lsa lsa = entry.lsa();
            out.append(String.format("%-15s %-15s %-11d 0x%08X 0x%06X", lsa.linkStateId(), lsa.advertisingRouter(),
                    entry.ageAt(now), lsa.sequence(), lsa.checksum()));
            if (type == LsaType.ROUTER) {
                out.append(' ').append(lsa.linkCount());
            } else if (lsa.body() instanceof LsaBody.ExternalBody external) {
                out.append(' ').append(external.tag());
            }
            out.append('\n');
        }
    }
}
