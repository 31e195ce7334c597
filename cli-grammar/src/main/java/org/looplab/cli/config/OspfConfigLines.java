package org.looplab.cli.config;

import java.util.Map;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.AreaId;
import org.looplab.ospf.AreaSettings;
import org.looplab.ospf.AuthenticationType;
import org.looplab.ospf.DefaultInformation;
import org.looplab.ospf.NetworkStatement;
import org.looplab.ospf.NetworkType;
import org.looplab.ospf.OspfInterfaceSettings;
import org.looplab.ospf.OspfProcess;
import org.looplab.ospf.Redistribution;
import org.looplab.ospf.SpfThrottle;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * The OSPF part of the running configuration, in IOS's order: inside an interface block the {@code ip ospf}
 * lines (network type, timers, priority, then {@code ip ospf N area X} and cost); after the interfaces one
 * {@code router ospf N} block per process (router-id, auto-cost, timers, redistribute, passive-interface,
 * network, default-information).
 * Defaults are not written.
 */
final class OspfConfigLines {
    private OspfConfigLines() {
    }

    static String interfaceLines(Router router, Interface iface) {
        OspfInterfaceSettings settings = router.ospf().settings(iface.name());
        StringBuilder out = new StringBuilder();
        if (settings.authentication() != null) {
            out.append(" ip ospf authentication").append(switch (settings.authentication()) {
                case MESSAGE_DIGEST -> " message-digest";
                case NULL -> " null";
                case SIMPLE -> "";
            }).append('\n');
        }
        if (settings.authenticationKey() != null) {
            out.append(" ip ospf authentication-key ").append(LinePasswords.configText(router, settings.authenticationKey()))
                    .append('\n');
        }
        for (Map.Entry<Integer, String> key : settings.messageDigestKeys().entrySet()) {
            out.append(" ip ospf message-digest-key ").append(key.getKey()).append(" md5 ")
                    .append(LinePasswords.configText(router, key.getValue())).append('\n');
        }
        if (settings.networkType() == NetworkType.POINT_TO_POINT) {
            out.append(" ip ospf network point-to-point\n");
        } else if (settings.networkType() == NetworkType.BROADCAST) {
            out.append(" ip ospf network broadcast\n");
        }
        if (settings.deadInterval() != null) {
            out.append(" ip ospf dead-interval ").append(settings.deadInterval()).append('\n');
        }
        if (settings.helloInterval() != null) {
            out.append(" ip ospf hello-interval ").append(settings.helloInterval()).append('\n');
        }
        if (settings.priority() != null) {
            out.append(" ip ospf priority ").append(settings.priority()).append('\n');
        }
        if (settings.mtuIgnore()) {
            out.append(" ip ospf mtu-ignore\n");
        }
        if (settings.processId() != 0) {
            out.append(" ip ospf ").append(settings.processId()).append(" area ").append(settings.area()).append('\n');
        }
        if (settings.cost() != null) {
            out.append(" ip ospf cost ").append(settings.cost()).append('\n');
        }
        return out.toString();
    }

    static String routerBlocks(Router router) {
        StringBuilder out = new StringBuilder();
        for (OspfProcess process : router.ospf().processes()) {
            out.append("router ospf ").append(process.processId())
                    .append(process.vrf() == null ? "" : " vrf " + process.vrf()).append('\n');
            if (process.configuredRouterId() != null) {
                out.append(" router-id ").append(process.configuredRouterId()).append('\n');
            }
            switch (process.adjacencyLogging()) {
                case DETAIL -> out.append(" log-adjacency-changes detail\n");
                case OFF -> out.append(" no log-adjacency-changes\n");
                default -> { }
            }
            if (process.referenceBandwidthMbps() != OspfProcess.DEFAULT_REFERENCE_BANDWIDTH_MBPS) {
                out.append(" auto-cost reference-bandwidth ").append(process.referenceBandwidthMbps()).append('\n');
            }
            for (Map.Entry<AreaId, AreaSettings> area : process.areaSettings().entrySet()) {
                appendArea(out, area.getKey(), area.getValue());
            }
            SpfThrottle throttle = process.spfThrottle();
            if (!throttle.equals(SpfThrottle.IOS_DEFAULT)) {
                out.append(" timers throttle spf ").append(throttle.startMillis()).append(' ')
                        .append(throttle.holdMillis()).append(' ').append(throttle.maxMillis()).append('\n');
            }
            for (Redistribution redistribution : process.redistributions()) {
                out.append(" redistribute ").append(redistribution.source().keyword())
                        .append(redistribution.processId() == 0 ? "" : " " + redistribution.processId())
                        .append(externalOptions(redistribution.metric(), redistribution.metricType(),
                                redistribution.subnets(), redistribution.routeMap())).append('\n');
            }
            if (process.passiveDefault()) {
                out.append(" passive-interface default\n");
            }
            for (InterfaceName exception : process.passiveExceptions()) {
                out.append(process.passiveDefault() ? " no passive-interface " : " passive-interface ")
                        .append(exception.fullName()).append('\n');
            }
            for (NetworkStatement network : process.networks()) {
                out.append(" network ").append(network.address()).append(' ').append(network.wildcard())
                        .append(" area ").append(network.area()).append('\n');
            }
            DefaultInformation origin = process.defaultInformation();
            if (origin != null) {
                out.append(" default-information originate").append(origin.always() ? " always" : "")
                        .append(externalOptions(origin.metric(), origin.metricType(), false, origin.routeMap()))
                        .append('\n');
            }
            appendDistances(out, process);
            if (process.maximumPaths() != OspfProcess.DEFAULT_MAXIMUM_PATHS) {
                out.append(" maximum-paths ").append(process.maximumPaths()).append('\n');
            }
            out.append("!\n");
        }
        return out.toString();
    }

    /** {@code distance N} when the three distances agree, else {@code distance ospf} with those set. */
    private static void appendDistances(StringBuilder out, OspfProcess process) {
        int intra = process.intraAreaDistance();
        int inter = process.interAreaDistance();
        int external = process.externalDistance();
        int standard = OspfProcess.DISTANCE;
        if (intra == inter && inter == external) {
            if (intra != standard) {
                out.append(" distance ").append(intra).append('\n');
            }
            return;
        }
        out.append(" distance ospf");
        if (intra != standard) {
            out.append(" intra-area ").append(intra);
        }
        if (inter != standard) {
            out.append(" inter-area ").append(inter);
        }
        if (external != standard) {
            out.append(" external ").append(external);
        }
        out.append('\n');
    }

    /** One area's lines, in IOS's order: stub or nssa, default-cost, ranges. */
    private static void appendArea(StringBuilder out, AreaId id, AreaSettings area) {
        String prefix = " area " + id;
        if (area.authentication() != null) {
            out.append(prefix).append(" authentication")
                    .append(area.authentication() == AuthenticationType.MESSAGE_DIGEST ? " message-digest" : "").append('\n');
        }
        switch (area.type()) {
            case STUB -> out.append(prefix).append(" stub").append(area.noSummary() ? " no-summary" : "").append('\n');
            case NSSA -> out.append(prefix).append(" nssa")
                    .append(area.nssaDefaultOriginate() ? " default-information-originate" : "")
                    .append(area.noSummary() ? " no-summary" : "").append('\n');
            default -> { }
        }
        if (area.defaultCost() != null) {
            out.append(prefix).append(" default-cost ").append(area.defaultCost()).append('\n');
        }
        for (Map.Entry<Ipv4Prefix, Boolean> range : area.ranges().entrySet()) {
            out.append(prefix).append(" range ").append(range.getKey().network()).append(' ')
                    .append(range.getKey().mask()).append(range.getValue() ? "" : " not-advertise").append('\n');
        }
    }

    /** IOS's order: metric, metric-type, subnets, route-map. */
    private static String externalOptions(Integer metric, Integer metricType, boolean subnets, String routeMap) {
        StringBuilder out = new StringBuilder();
        if (metric != null) {
            out.append(" metric ").append(metric);
        }
        if (metricType != null && metricType == 1) {
            out.append(" metric-type 1");
        }
        if (subnets) {
            out.append(" subnets");
        }
        if (routeMap != null) {
            out.append(" route-map ").append(routeMap);
        }
        return out.toString();
    }
}
