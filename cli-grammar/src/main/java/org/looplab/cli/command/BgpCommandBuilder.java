package org.looplab.cli.command;

import static org.looplab.cli.command.ArgumentValues.address;
import static org.looplab.cli.command.ArgumentValues.asNumber;
import static org.looplab.cli.command.ArgumentValues.interfaceName;
import static org.looplab.cli.command.ArgumentValues.longNumber;
import static org.looplab.cli.command.ArgumentValues.number;
import static org.looplab.cli.command.ArgumentValues.words;

import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.looplab.bgp.AggregateAddress;
import org.looplab.bgp.AsNumber;
import org.looplab.bgp.BestpathOption;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpConfig;
import org.looplab.bgp.BgpNetwork;
import org.looplab.bgp.NeighborSetting;
import org.looplab.bgp.NeighborSetting.SendCommunity;
import org.looplab.bgp.Redistribution;
import org.looplab.cli.config.BgpKeptLines;
import org.looplab.cli.grammar.IosParser.*;
import org.looplab.net.ClassfulNetwork;
import org.looplab.config.Type7;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.Router;

/**
 * Typed commands of the BGP grammar (Ios_bgp.g4): {@code router bgp}, the config-router and
 * config-router-af lines. Each line becomes one change through {@link Bgp}'s configuration API; values out
 * of IOS's ranges get the caret under the word. Answers null for rules that are not BGP's.
 */
final class BgpCommandBuilder {
    static final int DEFAULT_EBGP_MULTIHOP = 255;
    static final int DEFAULT_ALLOWAS_IN = 3;
    static final int MAX_PATHS = 32;
    private final Router router;

    BgpCommandBuilder(Router router) {
        this.router = router;
    }

    Command build(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_router_bgpContext bgp) {
            return new EnterRouterBgp(asNumber(bgp.bgp_asn()));
        }
        if (ctx instanceof Cfg_noContext no && no.cfg_router_bgp() != null) {
            return new RemoveRouterBgp(asNumber(no.cfg_router_bgp().bgp_asn()));
        }
        if (ctx instanceof Rb_address_familyContext family) {
            String kept = family.IPV6() != null ? "ipv6" : family.VPNV4() != null ? "vpnv4" : null;
            return new EnterAddressFamily(family.vrf == null ? null : family.vrf.getText(), kept);
        }
        if (ctx instanceof Rbafvpn_commandContext kept && kept.rbafk_neighbor() != null) {
            return keptFamilyNeighbor("vpnv4", kept.rbafk_neighbor(), kept.NO() == null);
        }
        if (ctx instanceof Rbaf6_commandContext kept && kept.rbafk_neighbor() != null) {
            return keptFamilyNeighbor("ipv6", kept.rbafk_neighbor(), kept.NO() == null);
        }
        if (ctx instanceof Rbaf6_commandContext kept && kept.rbaf6_network() != null) {
            Rbaf6_networkContext network = kept.rbaf6_network();
            if (!Ipv6Text.isPrefix(network.prefix.getText())) {
                throw new InvalidArgumentException(network.prefix.getCharPositionInLine());
            }
            String line = words(network);
            boolean add = kept.NO() == null;
            return change(ctx, bgp -> keepFamilyLine("ipv6", line, add));
        }
        if (ctx instanceof Rb_neighborContext neighbor && isIpv6(neighbor.neighbor_target())) {
            return ipv6Neighbor(ctx, neighbor);
        }
        if (ctx instanceof Rb_noContext no && no.rb_no_neighbor() != null && isIpv6(no.rb_no_neighbor().neighbor_target())) {
            String address = target(no.rb_no_neighbor().neighbor_target());
            String line = words(no.rb_no_neighbor());
            return change(ctx, bgp -> {
                BgpKeptLines kept = BgpKeptLines.of(router);
                if (no.rb_no_neighbor().rb_no_neighbor_setting() == null) {
                    kept.removeNeighbor(address);
                } else {
                    kept.removeNeighborLine(line);
                }
                return null;
            });
        }
        if (ctx instanceof Rbaf_exit_address_familyContext) {
            return new ExitMode();
        }
        if (ctx instanceof Rb_bgpContext bgp) {
            return change(ctx, bgpSetting(bgp.rb_bgp_setting()));
        }
        if (ctx instanceof Rb_neighborContext neighbor) {
            return change(ctx, neighbor(neighbor.neighbor_target(), neighbor.rb_neighbor_setting()));
        }
        if (ctx instanceof Rbaf_neighborContext neighbor) {
            return change(ctx, familySetting(target(neighbor.neighbor_target()), neighbor.rbaf_neighbor_setting()));
        }
        if (ctx instanceof Rb_networkContext network) {
            BgpNetwork added = network(network);
            return change(ctx, bgp -> bgp.addNetwork(added));
        }
        if (ctx instanceof Rb_aggregate_addressContext aggregate) {
            AggregateAddress added = aggregate(aggregate);
            return change(ctx, bgp -> bgp.addAggregate(added));
        }
        if (ctx instanceof Rb_redistributeContext redistribute) {
            Redistribution added = redistribution(redistribute);
            return change(ctx, bgp -> bgp.addRedistribution(added));
        }
        if (ctx instanceof Rb_timers_bgpContext timers) {
            int keepalive = number(timers.keepalive, 0, 65535);
            int hold = holdTime(timers.hold);
            return change(ctx, bgp -> bgp.setTimers(keepalive, hold));
        }
        if (ctx instanceof Rb_maximum_pathsContext paths) {
            int count = number(paths.paths, 1, MAX_PATHS);
            boolean ibgp = paths.IBGP() != null;
            return change(ctx, bgp -> bgp.setMaximumPaths(count, ibgp));
        }
        if (ctx instanceof Rb_noContext no) {
            return change(ctx, negated(no));
        }
        if (ctx instanceof Rbaf_noContext no) {
            return change(ctx, negatedInFamily(no));
        }
        if (ctx instanceof Rbafv_noContext no) {
            return change(ctx, no.rb_no_neighbor() != null ? neighborRemoved(no.rb_no_neighbor())
                    : removedAnywhere(no.rb_network(), no.rb_aggregate_address(), no.rb_redistribute(),
                            no.rb_no_maximum_paths()));
        }
        return null;
    }

    /** A neighbor line of a kept family: as in every address family, the neighbor must exist first. */
    private Command keptFamilyNeighbor(String family, Rbafk_neighborContext neighbor, boolean add) {
        String line = words(neighbor);
        String target = target(neighbor.neighbor_target());
        boolean ipv6 = isIpv6(neighbor.neighbor_target());
        return change(neighbor, bgp -> bgp.find(target) != null || ipv6 && BgpKeptLines.of(router).hasNeighbor(target)
                ? keepFamilyLine(family, line, add)
                : ipv6 || Ipv4Address.parse(target) != null ? Bgp.SPECIFY_REMOTE_AS_FIRST : Bgp.CREATE_PEER_GROUP_FIRST);
    }

    private String keepFamilyLine(String family, String line, boolean add) {
        BgpKeptLines.of(router).keep(family, line, add);
        return null;
    }

    /** {@code neighbor X:X::X SETTING}: kept as written (no IPv6 session); remote-as comes first, as in IOS. */
    private Command ipv6Neighbor(ParserRuleContext ctx, Rb_neighborContext neighbor) {
        String address = target(neighbor.neighbor_target());
        Rb_neighbor_settingContext setting = neighbor.rb_neighbor_setting();
        String line = "neighbor " + address + " " + words(setting);
        if (setting.REMOTE_AS() != null) {
            asNumber(setting.bgp_asn());
        } else if (setting.UPDATE_SOURCE() != null) {
            line = "neighbor " + address + " update-source " + interfaceName(router, setting.interface_name()).fullName();
        }
        String kept = line;
        boolean remoteAs = setting.REMOTE_AS() != null;
        return change(ctx, bgp -> {
            BgpKeptLines lines = BgpKeptLines.of(router);
            if (!remoteAs && !lines.hasNeighbor(address)) {
                return Bgp.SPECIFY_REMOTE_AS_FIRST;
            }
            lines.keepNeighborLine(kept);
            return null;
        });
    }

    private static boolean isIpv6(Neighbor_targetContext target) {
        return target.group != null && Ipv6Text.isAddress(target.group.getText());
    }

    private static Command change(ParserRuleContext ctx, Function<Bgp, String> change) {
        return new ChangeBgp(words(ctx), change);
    }

    // ---- process-wide ----

    private static Function<Bgp, String> bgpSetting(Rb_bgp_settingContext setting) {
        if (setting.id != null) {
            Ipv4Address id = address(setting.id);
            return bgp -> bgp.setRouterId(id);
        }
        if (setting.LOG_NEIGHBOR_CHANGES() != null) {
            return bgp -> bgp.setLogNeighborChanges(true);
        }
        if (setting.cluster != null) {
            Ipv4Address cluster = address(setting.cluster);
            return bgp -> bgp.setClusterId(cluster);
        }
        if (setting.IPV4_UNICAST() != null) {
            return bgp -> bgp.setDefaultIpv4Unicast(true);
        }
        if (setting.preference != null) {
            long preference = longNumber(setting.preference, 0, 0xFFFFFFFFL);
            return bgp -> bgp.setDefaultLocalPreference(preference);
        }
        if (setting.FAST_EXTERNAL_FALLOVER() != null) {
            return bgp -> bgp.setFastExternalFallover(true);
        }
        BestpathOption option = bestpath(setting.rb_bestpath_option(), setting.ALWAYS_COMPARE_MED() != null);
        return bgp -> bgp.setBestpath(option, true);
    }

    private static BestpathOption bestpath(Rb_bestpath_optionContext option, boolean alwaysCompareMed) {
        if (alwaysCompareMed) {
            return BestpathOption.ALWAYS_COMPARE_MED;
        }
        if (option == null) {
            return BestpathOption.DETERMINISTIC_MED;
        }
        return option.COMPARE_ROUTERID() != null ? BestpathOption.COMPARE_ROUTER_ID
                : option.MISSING_AS_WORST() != null ? BestpathOption.MED_MISSING_AS_WORST : BestpathOption.AS_PATH_IGNORE;
    }

    private static int holdTime(Token hold) {
        int seconds = number(hold, 0, 65535);
        if (seconds == 1 || seconds == 2) {
            // IOS: a hold time is 0 (no keepalives) or at least 3 seconds.
            throw new InvalidArgumentException(hold.getCharPositionInLine());
        }
        return seconds;
    }

    // ---- neighbors ----

    /** The neighbor's address in dotted form, or the peer group's name. */
    private static String target(Neighbor_targetContext target) {
        return target.address != null ? address(target.address).toString() : target.group.getText();
    }

    private Function<Bgp, String> neighbor(Neighbor_targetContext targetCtx, Rb_neighbor_settingContext setting) {
        String target = target(targetCtx);
        if (setting.rbaf_neighbor_setting() != null) {
            return familySetting(target, setting.rbaf_neighbor_setting());
        }
        if (setting.REMOTE_AS() != null) {
            AsNumber remoteAs = asNumber(setting.bgp_asn());
            return bgp -> bgp.setRemoteAs(target, remoteAs);
        }
        if (setting.PEER_GROUP() != null) {
            return peerGroup(targetCtx, setting.group);
        }
        if (setting.SHUTDOWN() != null) {
            return set(target, NeighborSetting.SHUTDOWN, Boolean.TRUE);
        }
        if (setting.DESCRIPTION() != null) {
            return set(target, NeighborSetting.DESCRIPTION, setting.text.getText());
        }
        if (setting.PASSWORD() != null) {
            return set(target, NeighborSetting.PASSWORD, password(setting));
        }
        if (setting.EBGP_MULTIHOP() != null) {
            int hops = setting.hops == null ? DEFAULT_EBGP_MULTIHOP : number(setting.hops, 1, 255);
            return set(target, NeighborSetting.EBGP_MULTIHOP, hops);
        }
        if (setting.DISABLE_CONNECTED_CHECK() != null) {
            return set(target, NeighborSetting.DISABLE_CONNECTED_CHECK, Boolean.TRUE);
        }
        if (setting.UPDATE_SOURCE() != null) {
            return set(target, NeighborSetting.UPDATE_SOURCE, interfaceName(router, setting.interface_name()));
        }
        List<Integer> timers = List.of(number(setting.keepalive, 0, 65535), holdTime(setting.hold));
        return set(target, NeighborSetting.TIMERS, timers);
    }

    /** {@code neighbor NAME peer-group} creates a group; {@code neighbor A peer-group NAME} joins one. */
    private static Function<Bgp, String> peerGroup(Neighbor_targetContext target, Token group) {
        if (target.address == null) {
            if (group != null) {
                throw new InvalidArgumentException(group.getCharPositionInLine());
            }
            String name = target.group.getText();
            return bgp -> bgp.addPeerGroup(name);
        }
        if (group == null) {
            return bgp -> "% Incomplete command.\n";
        }
        Ipv4Address member = address(target.address);
        String name = group.getText();
        return bgp -> bgp.joinPeerGroup(member, name);
    }

    /** The key as IOS keeps it: type 7 (typed so, or encoded from the clear text). */
    private String password(Rb_neighbor_settingContext setting) {
        String text = setting.text.getText();
        if (setting.SECRET_TYPE_7() != null) {
            if (Type7.decode(text) == null) {
                throw new InvalidArgumentException(setting.text.getCharPositionInLine());
            }
            return text;
        }
        return Type7.encode(text, router.kernel().random());
    }

    private static Function<Bgp, String> familySetting(String target, Rbaf_neighbor_settingContext setting) {
        if (setting.ACTIVATE() != null) {
            return set(target, NeighborSetting.ACTIVATE, Boolean.TRUE);
        }
        if (setting.ROUTE_REFLECTOR_CLIENT() != null) {
            return set(target, NeighborSetting.ROUTE_REFLECTOR_CLIENT, Boolean.TRUE);
        }
        if (setting.NEXT_HOP_SELF() != null) {
            return set(target, NeighborSetting.NEXT_HOP_SELF, Boolean.TRUE);
        }
        if (setting.SEND_COMMUNITY() != null) {
            SendCommunity which = setting.BOTH() != null ? SendCommunity.BOTH
                    : setting.EXTENDED() != null ? SendCommunity.EXTENDED : SendCommunity.STANDARD;
            return set(target, NeighborSetting.SEND_COMMUNITY, which);
        }
        if (setting.SOFT_RECONFIGURATION() != null) {
            return set(target, NeighborSetting.SOFT_RECONFIGURATION_INBOUND, Boolean.TRUE);
        }
        if (setting.ALLOWAS_IN() != null) {
            int count = setting.count == null ? DEFAULT_ALLOWAS_IN : number(setting.count, 1, 10);
            return set(target, NeighborSetting.ALLOWAS_IN, count);
        }
        if (setting.WEIGHT() != null) {
            return set(target, NeighborSetting.WEIGHT, number(setting.weight, 0, 65535));
        }
        if (setting.PREFIX_LIST() != null) {
            return set(target, setting.direction.getType() == org.looplab.cli.grammar.IosLexer.IN
                    ? NeighborSetting.PREFIX_LIST_IN : NeighborSetting.PREFIX_LIST_OUT, setting.list.getText());
        }
        if (setting.ROUTE_MAP() != null) {
            return set(target, setting.direction.getType() == org.looplab.cli.grammar.IosLexer.IN
                    ? NeighborSetting.ROUTE_MAP_IN : NeighborSetting.ROUTE_MAP_OUT, setting.map.getText());
        }
        return set(target, NeighborSetting.MAXIMUM_PREFIX, longNumber(setting.limit, 1, Integer.MAX_VALUE));
    }

    private static <T> Function<Bgp, String> set(String target, NeighborSetting<T> setting, T value) {
        return bgp -> bgp.setNeighbor(target, setting, value);
    }

    // ---- origination ----

    /** {@code network A [mask M]}: without a mask the classful network, as IOS. */
    private static BgpNetwork network(Rb_networkContext network) {
        Ipv4Address address = address(network.address);
        int length = network.mask == null ? ClassfulNetwork.of(address).length() : maskLength(network.mask);
        return new BgpNetwork(Ipv4Prefix.containing(address, length), network.map == null ? null : network.map.getText());
    }

    private static AggregateAddress aggregate(Rb_aggregate_addressContext aggregate) {
        Ipv4Prefix prefix = Ipv4Prefix.containing(address(aggregate.address), maskLength(aggregate.mask));
        return new AggregateAddress(prefix, !aggregate.AS_SET().isEmpty(), !aggregate.SUMMARY_ONLY().isEmpty());
    }

    private static int maskLength(Token mask) {
        int length = Ipv4Prefix.lengthOfMask(address(mask));
        if (length < 0) {
            throw new InvalidArgumentException(mask.getCharPositionInLine());
        }
        return length;
    }

    private static Redistribution redistribution(Rb_redistributeContext redistribute) {
        Rb_redistribute_sourceContext source = redistribute.rb_redistribute_source();
        Redistribution.Source kind = source.CONNECTED() != null ? Redistribution.Source.CONNECTED
                : source.STATIC() != null ? Redistribution.Source.STATIC
                : source.RIP() != null ? Redistribution.Source.RIP
                : source.EIGRP() != null ? Redistribution.Source.EIGRP : Redistribution.Source.OSPF;
        int process = source.process == null ? 0 : number(source.process, 1, 65535);
        Long metric = redistribute.metric == null ? null : longNumber(redistribute.metric, 0, 0xFFFFFFFFL);
        String map = redistribute.map == null ? null : redistribute.map.getText();
        return new Redistribution(kind, process, metric, map);
    }

    // ---- no forms ----

    private Function<Bgp, String> negated(Rb_noContext no) {
        if (no.rb_no_bgp() != null) {
            return bgpRemoved(no.rb_no_bgp());
        }
        if (no.rb_no_neighbor() != null) {
            return neighborRemoved(no.rb_no_neighbor());
        }
        if (no.rb_no_timers_bgp() != null) {
            return bgp -> bgp.setTimers(BgpConfig.DEFAULT_KEEPALIVE, BgpConfig.DEFAULT_HOLD_TIME);
        }
        Rb_no_address_familyContext family = no.rb_no_address_family();
        if (family != null && family.vrf != null) {
            String vrf = family.vrf.getText();
            return bgp -> bgp.removeVrf(vrf);
        }
        if (family != null) {
            String kept = family.IPV6() != null ? "ipv6" : "vpnv4";
            return bgp -> {
                BgpKeptLines.of(router).remove(kept);
                return null;
            };
        }
        return removedAnywhere(no.rb_network(), no.rb_aggregate_address(), no.rb_redistribute(),
                no.rb_no_maximum_paths());
    }

    private Function<Bgp, String> negatedInFamily(Rbaf_noContext no) {
        if (no.rbaf_no_neighbor_setting() != null) {
            return familySettingRemoved(target(no.neighbor_target()), no.rbaf_no_neighbor_setting());
        }
        return removedAnywhere(no.rb_network(), no.rb_aggregate_address(), no.rb_redistribute(),
                no.rb_no_maximum_paths());
    }

    /** The no forms both modes share; {@code no synchronization} and {@code no auto-summary} change nothing. */
    private static Function<Bgp, String> removedAnywhere(Rb_networkContext network, Rb_aggregate_addressContext aggregate,
            Rb_redistributeContext redistribute, Rb_no_maximum_pathsContext paths) {
        if (network != null) {
            BgpNetwork removed = network(network);
            return bgp -> bgp.removeNetwork(removed);
        }
        if (aggregate != null) {
            AggregateAddress removed = aggregate(aggregate);
            return bgp -> bgp.removeAggregate(removed);
        }
        if (redistribute != null) {
            Redistribution removed = redistribution(redistribute);
            return bgp -> bgp.removeRedistribution(removed);
        }
        if (paths != null) {
            boolean ibgp = paths.IBGP() != null;
            return bgp -> bgp.setMaximumPaths(1, ibgp);
        }
        return bgp -> null;
    }

    private static Function<Bgp, String> bgpRemoved(Rb_no_bgpContext setting) {
        if (setting.ROUTER_ID() != null) {
            return bgp -> bgp.setRouterId(null);
        }
        if (setting.LOG_NEIGHBOR_CHANGES() != null) {
            return bgp -> bgp.setLogNeighborChanges(false);
        }
        if (setting.CLUSTER_ID() != null) {
            return bgp -> bgp.setClusterId(null);
        }
        if (setting.IPV4_UNICAST() != null) {
            return bgp -> bgp.setDefaultIpv4Unicast(false);
        }
        if (setting.LOCAL_PREFERENCE() != null) {
            return bgp -> bgp.setDefaultLocalPreference(BgpConfig.DEFAULT_LOCAL_PREFERENCE);
        }
        if (setting.FAST_EXTERNAL_FALLOVER() != null) {
            return bgp -> bgp.setFastExternalFallover(false);
        }
        BestpathOption option = setting.ALWAYS_COMPARE_MED() != null ? BestpathOption.ALWAYS_COMPARE_MED
                : bestpath(setting.rb_bestpath_option(), false);
        return bgp -> bgp.setBestpath(option, false);
    }

    private Function<Bgp, String> neighborRemoved(Rb_no_neighborContext no) {
        Neighbor_targetContext targetCtx = no.neighbor_target();
        String target = target(targetCtx);
        Rb_no_neighbor_settingContext setting = no.rb_no_neighbor_setting();
        if (setting == null) {
            if (targetCtx.address == null) {
                return bgp -> bgp.removePeerGroup(target);
            }
            Ipv4Address address = address(targetCtx.address);
            return bgp -> bgp.removeNeighbor(address);
        }
        if (setting.rbaf_no_neighbor_setting() != null) {
            return familySettingRemoved(target, setting.rbaf_no_neighbor_setting());
        }
        if (setting.REMOTE_AS() != null) {
            if (setting.bgp_asn() != null) {
                asNumber(setting.bgp_asn());
            }
            return set(target, NeighborSetting.REMOTE_AS, null);
        }
        if (setting.PEER_GROUP() != null) {
            if (targetCtx.address == null) {
                return bgp -> bgp.removePeerGroup(target);
            }
            if (setting.WORD() == null) {
                return bgp -> null;
            }
            Ipv4Address address = address(targetCtx.address);
            String group = setting.WORD().getText();
            return bgp -> bgp.leavePeerGroup(address, group);
        }
        NeighborSetting<?> removed = setting.SHUTDOWN() != null ? NeighborSetting.SHUTDOWN
                : setting.DESCRIPTION() != null ? NeighborSetting.DESCRIPTION
                : setting.PASSWORD() != null ? NeighborSetting.PASSWORD
                : setting.EBGP_MULTIHOP() != null ? NeighborSetting.EBGP_MULTIHOP
                : setting.DISABLE_CONNECTED_CHECK() != null ? NeighborSetting.DISABLE_CONNECTED_CHECK
                : setting.UPDATE_SOURCE() != null ? NeighborSetting.UPDATE_SOURCE : NeighborSetting.TIMERS;
        return set(target, removed, null);
    }

    private static Function<Bgp, String> familySettingRemoved(String target, Rbaf_no_neighbor_settingContext setting) {
        if (setting.ACTIVATE() != null) {
            return set(target, NeighborSetting.ACTIVATE, Boolean.FALSE);
        }
        NeighborSetting<?> removed = setting.ROUTE_REFLECTOR_CLIENT() != null ? NeighborSetting.ROUTE_REFLECTOR_CLIENT
                : setting.NEXT_HOP_SELF() != null ? NeighborSetting.NEXT_HOP_SELF
                : setting.SEND_COMMUNITY() != null ? NeighborSetting.SEND_COMMUNITY
                : setting.SOFT_RECONFIGURATION() != null ? NeighborSetting.SOFT_RECONFIGURATION_INBOUND
                : setting.ALLOWAS_IN() != null ? NeighborSetting.ALLOWAS_IN
                : setting.WEIGHT() != null ? NeighborSetting.WEIGHT
                : setting.MAXIMUM_PREFIX() != null ? NeighborSetting.MAXIMUM_PREFIX
                : setting.PREFIX_LIST() != null
                        ? (setting.direction.getType() == org.looplab.cli.grammar.IosLexer.IN
                                ? NeighborSetting.PREFIX_LIST_IN : NeighborSetting.PREFIX_LIST_OUT)
                        : (setting.direction.getType() == org.looplab.cli.grammar.IosLexer.IN
                                ? NeighborSetting.ROUTE_MAP_IN : NeighborSetting.ROUTE_MAP_OUT);
        return set(target, removed, null);
    }
}
