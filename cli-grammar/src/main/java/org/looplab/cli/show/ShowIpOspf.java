package org.looplab.cli.show;

import java.util.HashMap;
import java.util.Map;
import org.looplab.ospf.AreaSettings;
import org.looplab.ospf.AuthenticationType;
import org.looplab.ospf.Lsa;
import org.looplab.ospf.LsaKey;
import org.looplab.ospf.LsaType;
import org.looplab.ospf.LsdbEntry;
import org.looplab.ospf.OspfArea;
import org.looplab.ospf.Redistribution;
import org.looplab.ospf.OspfProcess;
import org.looplab.router.Router;

/**
 * {@code show ip ospf [N]}: each process's id, ASBR role and redistribution, SPF throttle, external LSAs,
 * reference bandwidth and areas (type, stub default, authentication), in IOS 15's words; the lines about
 * features looplab does not model (opaque LSAs, LLS, NSF) state IOS's defaults.
 */
public final class ShowIpOspf {
    private ShowIpOspf() {
    }

    /** Every process, or only {@code processId}'s when it is not null. */
    public static String render(Router router, Integer processId) {
        long now = router.kernel().now();
        StringBuilder out = new StringBuilder();
        for (OspfProcess process : router.ospf().processes()) {
            if (processId != null && process.processId() != processId) {
                continue;
            }
            out.append(" Routing Process \"ospf ").append(process.processId()).append("\" with ID ")
                    .append(process.routerId() == null ? "0.0.0.0" : process.routerId()).append('\n');
            out.append(" Start time: ").append(elapsed(process.startedNanos())).append(", Time elapsed: ")
                    .append(elapsed(now - process.startedNanos())).append('\n');
            out.append(" Supports only single TOS(TOS0) routes\n");
            out.append(" Supports opaque LSA\n");
            out.append(" Supports Link-local Signaling (LLS)\n");
            out.append(" Supports area transit capability\n");
            out.append(" Supports NSSA (compatible with RFC 3101)\n");
            if (process.isAbr()) {
                out.append(" It is an area border router\n");
            }
            if (process.isAsbr()) {
                out.append(" It is an autonomous system boundary router\n");
                out.append(" Redistributing External Routes from,\n");
                for (Redistribution redistribution : process.redistributions()) {
                    out.append("    ").append(redistribution.source().keyword())
                            .append(redistribution.subnets() ? ", includes subnets in redistribution" : "").append('\n');
                }
            }
            out.append(" Router is not originating router-LSAs with maximum metric\n");
            out.append(" Initial SPF schedule delay ").append(process.spfThrottle().startMillis()).append(" msecs\n");
            out.append(" Minimum hold time between two consecutive SPFs ").append(process.spfThrottle().holdMillis())
                    .append(" msecs\n");
            out.append(" Maximum wait time between two consecutive SPFs ").append(process.spfThrottle().maxMillis())
                    .append(" msecs\n");
            out.append(" Incremental-SPF disabled\n");
            out.append(" Minimum LSA interval 5 secs\n");
            out.append(" Minimum LSA arrival 1000 msecs\n");
            Map<LsaKey, Lsa> externals = new HashMap<>();
            for (OspfArea area : process.areas()) {
                for (LsdbEntry entry : area.lsdb().entries()) {
                    if (entry.lsa().type() == LsaType.AS_EXTERNAL) {
                        externals.putIfAbsent(entry.lsa().key(), entry.lsa());
                    }
                }
            }
            long externalSum = externals.values().stream().mapToLong(Lsa::checksum).sum();
            out.append(String.format(" Number of external LSA %d. Checksum Sum 0x%06X%n", externals.size(), externalSum));
            int[] byType = new int[AreaSettings.Type.values().length];
            for (OspfArea area : process.areas()) {
                byType[process.areaSettings(area.id()).type().ordinal()]++;
            }
            out.append(" Number of areas in this router is ").append(process.areas().size()).append(". ")
                    .append(byType[0]).append(" normal ").append(byType[1]).append(" stub ").append(byType[2])
                    .append(" nssa\n");
            out.append(" Reference bandwidth unit is ").append(process.referenceBandwidthMbps()).append(" mbps\n");
            for (OspfArea area : process.areas()) {
                out.append("    Area ").append(area.id().displayName()).append('\n');
                out.append("        Number of interfaces in this area is ").append(area.interfaces().size())
                        .append(" (").append(area.loopbackCount()).append(" loopback)\n");
                AreaSettings settings = process.areaSettings(area.id());
                if (settings.type() != AreaSettings.Type.NORMAL) {
                    out.append("        It is a ").append(settings.type() == AreaSettings.Type.STUB ? "stub" : "NSSA")
                            .append(" area").append(settings.noSummary() ? ", no summary LSA in this area" : "")
                            .append('\n');
                    if (process.isAbr() && (settings.type() == AreaSettings.Type.STUB || settings.noSummary())) {
                        out.append("        generates stub default route with cost ")
                                .append(settings.effectiveDefaultCost()).append('\n');
                    }
                }
                out.append(switch (settings.authentication() == null ? AuthenticationType.NULL : settings.authentication()) {
                    case SIMPLE -> "        Area has simple password authentication\n";
                    case MESSAGE_DIGEST -> "        Area has message digest authentication\n";
                    case NULL -> "        Area has no authentication\n";
                });
                if (area.lastSpfNanos() >= 0) {
                    out.append("        SPF algorithm last executed ").append(elapsed(now - area.lastSpfNanos()))
                            .append(" ago\n");
                }
                out.append("        SPF algorithm executed ").append(area.spfRuns()).append(" times\n");
                out.append("        Area ranges are\n");
                out.append(String.format("        Number of LSA %d. Checksum Sum 0x%06X%n", area.lsdb().size(),
                        area.lsdb().checksumSum()));
                out.append("        Flood list length 0\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** {@code 00:05:12.345}. */
    private static String elapsed(long nanos) {
        long millis = Math.max(0, nanos) / 1_000_000;
        return String.format("%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
                millis % 1000);
    }
}
