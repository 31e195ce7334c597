package org.looplab.cli.config;

import org.looplab.ospf.NetworkStatement;
import org.looplab.ospf.NetworkType;
import org.looplab.ospf.OspfInterfaceSettings;
import org.looplab.ospf.OspfProcess;
import org.looplab.ospf.SpfThrottle;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * The OSPF part of the running configuration, in IOS's order: inside an interface block the {@code ip ospf}
 * lines (network type, timers, priority, then {@code ip ospf N area X} and cost); after the interfaces one
 * {@code router ospf N} block per process (router-id, auto-cost, timers, passive-interface, network).
 * Defaults are not written.
 */
final class OspfConfigLines {
    private OspfConfigLines() {
    }

    static String interfaceLines(Router router, Interface iface) {
        OspfInterfaceSettings settings = router.ospf().settings(iface.name());
        StringBuilder out = new StringBuilder();
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
            if (process.referenceBandwidthMbps() != OspfProcess.DEFAULT_REFERENCE_BANDWIDTH_MBPS) {
                out.append(" auto-cost reference-bandwidth ").append(process.referenceBandwidthMbps()).append('\n');
            }
            SpfThrottle throttle = process.spfThrottle();
            if (!throttle.equals(SpfThrottle.IOS_DEFAULT)) {
                out.append(" timers throttle spf ").append(throttle.startMillis()).append(' ')
                        .append(throttle.holdMillis()).append(' ').append(throttle.maxMillis()).append('\n');
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
            out.append("!\n");
        }
        return out.toString();
    }
}
