package org.looplab.cli.config;

import java.util.List;
import org.looplab.bgp.AggregateAddress;
import org.looplab.bgp.BestpathOption;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpConfig;
import org.looplab.bgp.BgpNetwork;
import org.looplab.bgp.NeighborConfig;
import org.looplab.bgp.NeighborSetting;
import org.looplab.bgp.Redistribution;
import org.looplab.net.ClassfulNetwork;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * The {@code router bgp} block of the running configuration, after the OSPF blocks, in IOS 15's order:
 * process lines (router-id, fast-external-fallover, always-compare-med, cluster-id, log-neighbor-changes,
 * deterministic-med, bestpath, default ipv4-unicast, default local-preference, timers), then peer groups
 * before neighbors (neighbors by address), each with its lines in {@link NeighborSetting#ALL} order. In the
 * classic form the network, aggregate and redistribute lines come before the neighbors and the
 * per-family neighbor lines stay with their neighbor; in the address-family form (entered once, or
 * {@code no bgp default ipv4-unicast}) they go to the {@code address-family ipv4} block, where IOS writes
 * an {@code activate} line for each active neighbor. The kept IPv6 neighbours' lines follow the neighbors'
 * ({@link BgpKeptLines}). Then the kept {@code address-family ipv6} and {@code vpnv4} blocks and
 * one {@code address-family ipv4 vrf NAME} block per VRF (by name): its origination lines, then each
 * neighbor with its session and family lines together, as IOS writes them. Defaults are not written.
 */
final class BgpConfigLines {
    private BgpConfigLines() {
    }

    static String routerBlock(Router router) {
        Bgp bgp = router.attachmentIfPresent(Bgp.class);
        BgpConfig config = bgp == null ? null : bgp.config();
        if (config == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("router bgp ").append(config.asNumber()).append('\n');
        processLines(config, out);
        boolean familyBlock = config.addressFamilyForm();
        if (!familyBlock) {
            originationLines(config, " ", out);
        }
        for (NeighborConfig group : config.peerGroups()) {
            out.append(" neighbor ").append(group.name()).append(" peer-group\n");
            neighborLines(config, group, false, familyBlock, " ", out);
        }
        for (NeighborConfig neighbor : config.neighbors()) {
            neighborLines(config, neighbor, false, familyBlock, " ", out);
        }
        out.append(BgpKeptLines.of(router).neighborBlock());
        if (!familyBlock) {
            maximumPaths(config, " ", out);
        } else {
            out.append(" !\n address-family ipv4\n");
            originationLines(config, "  ", out);
            for (NeighborConfig group : config.peerGroups()) {
                neighborLines(config, group, true, true, "  ", out);
            }
            for (NeighborConfig neighbor : config.neighbors()) {
                neighborLines(config, neighbor, true, true, "  ", out);
            }
            maximumPaths(config, "  ", out);
            out.append(" exit-address-family\n");
        }
        out.append(BgpKeptLines.of(router).familyBlocks());
        for (Bgp family : bgp.vrfs()) {
            vrfBlock(family.config(), out);
        }
        out.append("!\n");
        return out.toString();
    }

    private static void vrfBlock(BgpConfig config, StringBuilder out) {
        out.append(" !\n address-family ipv4 vrf ").append(config.vrf()).append('\n');
        originationLines(config, "  ", out);
        for (NeighborConfig group : config.peerGroups()) {
            out.append("  neighbor ").append(group.name()).append(" peer-group\n");
            neighborLines(config, group, false, true, "  ", out);
            neighborLines(config, group, true, true, "  ", out);
        }
        for (NeighborConfig neighbor : config.neighbors()) {
            neighborLines(config, neighbor, false, true, "  ", out);
            neighborLines(config, neighbor, true, true, "  ", out);
        }
        maximumPaths(config, "  ", out);
        out.append(" exit-address-family\n");
    }

    private static void processLines(BgpConfig config, StringBuilder out) {
        if (config.configuredRouterId() != null) {
            out.append(" bgp router-id ").append(config.configuredRouterId()).append('\n');
        }
        if (!config.fastExternalFallover()) {
            out.append(" no bgp fast-external-fallover\n");
        }
        bestpath(config, BestpathOption.ALWAYS_COMPARE_MED, out);
        if (config.clusterId() != null) {
            out.append(" bgp cluster-id ").append(config.clusterId()).append('\n');
        }
        if (config.logNeighborChanges()) {
            out.append(" bgp log-neighbor-changes\n");
        }
        bestpath(config, BestpathOption.DETERMINISTIC_MED, out);
        bestpath(config, BestpathOption.COMPARE_ROUTER_ID, out);
        bestpath(config, BestpathOption.AS_PATH_IGNORE, out);
        bestpath(config, BestpathOption.MED_MISSING_AS_WORST, out);
        if (!config.defaultIpv4Unicast()) {
            out.append(" no bgp default ipv4-unicast\n");
        }
        if (config.defaultLocalPreference() != BgpConfig.DEFAULT_LOCAL_PREFERENCE) {
            out.append(" bgp default local-preference ").append(config.defaultLocalPreference()).append('\n');
        }
        if (config.keepalive() != BgpConfig.DEFAULT_KEEPALIVE || config.holdTime() != BgpConfig.DEFAULT_HOLD_TIME) {
            out.append(" timers bgp ").append(config.keepalive()).append(' ').append(config.holdTime()).append('\n');
        }
    }

    private static void bestpath(BgpConfig config, BestpathOption option, StringBuilder out) {
        if (config.bestpath(option)) {
            out.append(' ').append(option.line()).append('\n');
        }
    }

    private static void originationLines(BgpConfig config, String indent, StringBuilder out) {
        for (BgpNetwork network : config.networks()) {
            out.append(indent).append("network ").append(network.prefix().network());
            if (network.prefix().length() != ClassfulNetwork.of(network.prefix().network()).length()) {
                out.append(" mask ").append(network.prefix().mask());
            }
            if (network.routeMap() != null) {
                out.append(" route-map ").append(network.routeMap());
            }
            out.append('\n');
        }
        for (AggregateAddress aggregate : config.aggregates()) {
            out.append(indent).append("aggregate-address ").append(aggregate.prefix().network()).append(' ')
                    .append(aggregate.prefix().mask());
            if (aggregate.asSet()) {
                out.append(" as-set");
            }
            if (aggregate.summaryOnly()) {
                out.append(" summary-only");
            }
            out.append('\n');
        }
        for (Redistribution redistribution : config.redistributions()) {
            out.append(indent).append("redistribute ").append(redistribution.source().name().toLowerCase(java.util.Locale.ROOT));
            if (redistribution.processId() != 0) {
                out.append(' ').append(redistribution.processId());
            }
            if (redistribution.metric() != null) {
                out.append(" metric ").append(redistribution.metric());
            }
            if (redistribution.routeMap() != null) {
                out.append(" route-map ").append(redistribution.routeMap());
            }
            out.append('\n');
        }
    }

    private static void maximumPaths(BgpConfig config, String indent, StringBuilder out) {
        if (config.maximumPaths() != 1) {
            out.append(indent).append("maximum-paths ").append(config.maximumPaths()).append('\n');
        }
        if (config.maximumPathsIbgp() != 1) {
            out.append(indent).append("maximum-paths ibgp ").append(config.maximumPathsIbgp()).append('\n');
        }
    }

    /**
     * The lines of one neighbor or peer group: the session lines ({@code family} false), or the
     * per-family ones ({@code family} true); {@code familyBlock} says whether those go to the block.
     */
    private static void neighborLines(BgpConfig config, NeighborConfig neighbor, boolean family, boolean familyBlock,
            String indent, StringBuilder out) {
        String prefix = indent + "neighbor " + neighbor.name() + " ";
        for (NeighborSetting<?> setting : NeighborSetting.ALL) {
            boolean skipped = family ? !setting.perAddressFamily() : familyBlock && setting.perAddressFamily();
            if (skipped) {
                continue;
            }
            if (setting == NeighborSetting.ACTIVATE) {
                activate(config, neighbor, familyBlock, prefix, out);
                continue;
            }
            Object value = neighbor.own(setting);
            if (value != null) {
                out.append(prefix).append(line(setting, value)).append('\n');
            }
            if (setting == NeighborSetting.REMOTE_AS && !family && neighbor.group() != null) {
                out.append(prefix).append("peer-group ").append(neighbor.group().name()).append('\n');
            }
        }
    }

    /**
     * In the block IOS writes {@code activate} for each active neighbor (a peer group's only when typed),
     * and {@code no ... activate} for one turned off while the default is on; the classic form only the latter.
     */
    private static void activate(BgpConfig config, NeighborConfig neighbor, boolean familyBlock, String prefix,
            StringBuilder out) {
        Boolean own = neighbor.own(NeighborSetting.ACTIVATE);
        boolean active = neighbor.isPeerGroup() ? Boolean.TRUE.equals(own) : config.isActivated(neighbor);
        if (familyBlock && active) {
            out.append(prefix).append("activate\n");
        } else if (!active && config.defaultIpv4Unicast() && Boolean.FALSE.equals(own)) {
            out.append(prefix.replaceFirst("neighbor", "no neighbor")).append("activate\n");
        }
    }

    private static String line(NeighborSetting<?> setting, Object value) {
        if (value instanceof Boolean) {
            return setting.keyword();
        }
        if (setting == NeighborSetting.PASSWORD) {
            return "password 7 " + value;
        }
        if (setting == NeighborSetting.UPDATE_SOURCE) {
            return "update-source " + ((InterfaceName) value).fullName();
        }
        if (setting == NeighborSetting.TIMERS) {
            List<?> timers = (List<?>) value;
            return "timers " + timers.get(0) + " " + timers.get(1);
        }
        if (setting == NeighborSetting.SEND_COMMUNITY) {
            NeighborSetting.SendCommunity which = (NeighborSetting.SendCommunity) value;
            return which == NeighborSetting.SendCommunity.STANDARD ? "send-community"
                    : "send-community " + which.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (setting == NeighborSetting.ALLOWAS_IN && value.equals(3)) {
            return "allowas-in";
        }
        String keyword = setting.keyword();
        if (keyword.endsWith(" in") || keyword.endsWith(" out")) {
            int space = keyword.indexOf(' ');
            return keyword.substring(0, space) + " " + value + keyword.substring(space);
        }
        return keyword + " " + value;
    }
}
