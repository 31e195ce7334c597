package org.looplab.cli.command;

import static org.looplab.cli.command.ArgumentValues.address;
import static org.looplab.cli.command.ArgumentValues.existingInterface;
import static org.looplab.cli.command.ArgumentValues.number;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.looplab.cli.grammar.IosParser.Cfg_noContext;
import org.looplab.cli.grammar.IosParser.Cfg_router_ospfContext;
import org.looplab.cli.grammar.IosParser.Exec_clear_ip_ospfContext;
import org.looplab.cli.grammar.IosParser.Exec_show_ip_ospfContext;
import org.looplab.cli.grammar.IosParser.Exec_show_routingContext;
import org.looplab.cli.grammar.IosParser.If_ip_ospfContext;
import org.looplab.cli.grammar.IosParser.If_noContext;
import org.looplab.cli.grammar.IosParser.If_no_ip_ospfContext;
import org.looplab.cli.grammar.IosParser.If_ospf_settingContext;
import org.looplab.cli.grammar.IosParser.Ospf_areaContext;
import org.looplab.cli.grammar.IosParser.Ro_areaContext;
import org.looplab.cli.grammar.IosParser.Ro_area_settingContext;
import org.looplab.cli.grammar.IosParser.Ro_auto_costContext;
import org.looplab.cli.grammar.IosParser.Ro_no_areaContext;
import org.looplab.cli.grammar.IosParser.Ro_default_informationContext;
import org.looplab.cli.grammar.IosParser.Ro_distanceContext;
import org.looplab.cli.grammar.IosParser.Ro_distance_ospfContext;
import org.looplab.cli.grammar.IosParser.Ro_log_adjacency_changesContext;
import org.looplab.cli.grammar.IosParser.Ro_maximum_pathsContext;
import org.looplab.cli.grammar.IosParser.Ro_external_optionContext;
import org.looplab.cli.grammar.IosParser.Ro_redistributeContext;
import org.looplab.cli.grammar.IosParser.Ro_networkContext;
import org.looplab.cli.grammar.IosParser.Ro_noContext;
import org.looplab.cli.grammar.IosParser.Ro_passive_interfaceContext;
import org.looplab.cli.grammar.IosParser.Ro_router_idContext;
import org.looplab.cli.grammar.IosParser.Ro_timers_throttle_spfContext;
import org.looplab.config.Type7;
import java.util.List;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.AreaId;
import org.looplab.ospf.AreaSettings;
import org.looplab.ospf.AuthenticationType;
import org.looplab.ospf.DefaultInformation;
import org.looplab.ospf.LsaType;
import org.looplab.ospf.Redistribution;
import org.looplab.ospf.NetworkType;
import org.looplab.ospf.Ospf;
import org.looplab.ospf.OspfProcess;
import org.looplab.ospf.SpfCalculation;
import org.looplab.ospf.SpfThrottle;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * Typed commands of the OSPF grammar (Ios_ospf.g4): {@code router ospf}, the config-router lines, the
 * interface's {@code ip ospf} lines and the OSPF reports. Values out of IOS's ranges get the caret under
 * the word, as IOS's parser refuses them. Answers null for rules that are not OSPF's.
 */
final class OspfCommandBuilder {
    private final Router router;

    OspfCommandBuilder(Router router) {
        this.router = router;
    }

    Command build(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_router_ospfContext ospf) {
            return new EnterRouterOspf(processId(ospf.process), ospf.vrf == null ? null : ospf.vrf.getText());
        }
        if (ctx instanceof Cfg_noContext no && no.cfg_router_ospf() != null) {
            return new RemoveRouterOspf(processId(no.cfg_router_ospf().process));
        }
        if (ctx instanceof Ro_router_idContext id) {
            return new SetOspfRouterId(address(id.id));
        }
        if (ctx instanceof Ro_networkContext network) {
            return network(network, true);
        }
        if (ctx instanceof Ro_passive_interfaceContext passive) {
            return passive(passive, true);
        }
        if (ctx instanceof Ro_auto_costContext cost) {
            return new SetReferenceBandwidth((long) number(cost.mbps, 1, (int) OspfProcess.MAX_REFERENCE_BANDWIDTH_MBPS));
        }
        if (ctx instanceof Ro_timers_throttle_spfContext timers) {
            return new SetSpfThrottle(new SpfThrottle(number(timers.start, 0, SpfThrottle.MAX_MILLIS),
                    number(timers.hold, 1, SpfThrottle.MAX_MILLIS), number(timers.max, 1, SpfThrottle.MAX_MILLIS)));
        }
        if (ctx instanceof Ro_redistributeContext redistribute) {
            return redistribution(redistribute, true);
        }
        if (ctx instanceof Ro_default_informationContext origin) {
            return defaultInformation(origin, true);
        }
        if (ctx instanceof Ro_areaContext area) {
            return area(area);
        }
        if (ctx instanceof Ro_log_adjacency_changesContext logging) {
            return new SetOspfAdjacencyLogging(logging.DETAIL() != null ? OspfProcess.AdjacencyLogging.DETAIL
                    : OspfProcess.AdjacencyLogging.ON);
        }
        if (ctx instanceof Ro_maximum_pathsContext paths) {
            return new SetOspfMaximumPaths(number(paths.paths, 1, SpfCalculation.MAX_PATHS));
        }
        if (ctx instanceof Ro_distanceContext distance) {
            if (distance.value != null) {
                int value = number(distance.value, 1, 255);
                return new SetOspfDistances(value, value, value);
            }
            return distances(distance.ro_distance_ospf());
        }
        if (ctx instanceof Exec_clear_ip_ospfContext clear) {
            return new ClearOspfProcess(clear.process == null ? null : processId(clear.process));
        }
        if (ctx instanceof Ro_noContext no) {
            return negated(no);
        }
        if (ctx instanceof If_ip_ospfContext ospf) {
            return interfaceSetting(ospf.if_ospf_setting());
        }
        if (ctx instanceof If_noContext no && no.if_no_ip_ospf() != null) {
            return interfaceSettingRemoved(no.if_no_ip_ospf());
        }
        return null;
    }

    /** The OSPF reports under {@code show ip ...}, or null. */
    Command show(Exec_show_routingContext routing) {
        if (routing.exec_show_ip_protocols() != null) {
            return new ShowOspf(ShowOspf.Report.PROTOCOLS, null);
        }
        Exec_show_ip_ospfContext ospf = routing.exec_show_ip_ospf();
        if (ospf == null) {
            return null;
        }
        if (ospf.NEIGHBOR() != null) {
            return new ShowOspf(ospf.DETAIL() != null ? ShowOspf.Report.NEIGHBOR_DETAIL : ShowOspf.Report.NEIGHBOR, null);
        }
        if (ospf.process != null) {
            return new ShowOspf(ShowOspf.Report.PROCESS, null, null, null, processId(ospf.process));
        }
        if (ospf.DATABASE() != null) {
            var type = ospf.ospf_lsa_type();
            if (type == null) {
                return new ShowOspf(ShowOspf.Report.DATABASE, null);
            }
            LsaType lsaType = type.ROUTER() != null ? LsaType.ROUTER : type.NETWORK() != null ? LsaType.NETWORK
                    : type.SUMMARY() != null ? LsaType.SUMMARY_NETWORK
                    : type.ASBR_SUMMARY() != null ? LsaType.SUMMARY_ASBR
                    : type.EXTERNAL() != null ? LsaType.AS_EXTERNAL : LsaType.NSSA_EXTERNAL;
            return new ShowOspf(ShowOspf.Report.DATABASE, null, lsaType,
                    ospf.link_state_id == null ? null : address(ospf.link_state_id));
        }
        if (ospf.INTERFACE() != null) {
            if (ospf.BRIEF() != null) {
                return new ShowOspf(ShowOspf.Report.INTERFACE_BRIEF, null);
            }
            InterfaceName only = ospf.interface_name() == null ? null : existingInterface(router, ospf.interface_name());
            return new ShowOspf(ShowOspf.Report.INTERFACE, only);
        }
        return new ShowOspf(ShowOspf.Report.PROCESS, null);
    }

    private Command negated(Ro_noContext no) {
        if (no.ro_no_router_id() != null) {
            return new SetOspfRouterId(null);
        }
        if (no.ro_network() != null) {
            return network(no.ro_network(), false);
        }
        if (no.ro_passive_interface() != null) {
            return passive(no.ro_passive_interface(), false);
        }
        if (no.ro_no_auto_cost() != null) {
            return new SetReferenceBandwidth(null);
        }
        if (no.ro_redistribute() != null) {
            return redistribution(no.ro_redistribute(), false);
        }
        if (no.ro_default_information() != null) {
            return defaultInformation(no.ro_default_information(), false);
        }
        if (no.ro_no_area() != null) {
            return areaRemoved(no.ro_no_area());
        }
        if (no.ro_log_adjacency_changes() != null) {
            // IOS: "no log-adjacency-changes detail" goes back to the plain logging, without detail none.
            return new SetOspfAdjacencyLogging(no.ro_log_adjacency_changes().DETAIL() != null
                    ? OspfProcess.AdjacencyLogging.ON : OspfProcess.AdjacencyLogging.OFF);
        }
        if (no.MAXIMUM_PATHS() != null) {
            return new SetOspfMaximumPaths(null);
        }
        if (no.DISTANCE() != null) {
            int reset = OspfProcess.DISTANCE;
            return new SetOspfDistances(reset, reset, reset);
        }
        return new SetSpfThrottle(null);
    }

    private static Command distances(java.util.List<Ro_distance_ospfContext> kinds) {
        Integer intra = null;
        Integer inter = null;
        Integer external = null;
        for (Ro_distance_ospfContext kind : kinds) {
            if (kind.intra != null) {
                intra = number(kind.intra, 1, 255);
            } else if (kind.inter != null) {
                inter = number(kind.inter, 1, 255);
            } else {
                external = number(kind.external, 1, 255);
            }
        }
        return new SetOspfDistances(intra, inter, external);
    }

    /** The options of a redistribute or default-information line, checked against IOS's ranges. */
    private record ExternalOptions(Integer metric, Integer metricType, String routeMap) {
        static ExternalOptions of(List<Ro_external_optionContext> options) {
            Integer metric = null;
            Integer metricType = null;
            String routeMap = null;
            for (Ro_external_optionContext option : options) {
                if (option.metric != null) {
                    metric = number(option.metric, 0, 16777214);
                } else if (option.metric_type != null) {
                    metricType = number(option.metric_type, 1, 2);
                } else {
                    routeMap = option.map.getText();
                }
            }
            return new ExternalOptions(metric, metricType, routeMap);
        }
    }

    private static Command redistribution(Ro_redistributeContext line, boolean add) {
        Redistribution.Source source = line.CONNECTED() != null ? Redistribution.Source.CONNECTED
                : line.STATIC() != null ? Redistribution.Source.STATIC
                : line.BGP() != null ? Redistribution.Source.BGP
                : line.RIP() != null ? Redistribution.Source.RIP : Redistribution.Source.EIGRP;
        long processId = line.bgp_asn() != null ? ArgumentValues.asNumber(line.bgp_asn()).value()
                : line.process != null ? ArgumentValues.number(line.process, 1, 65535) : 0;
        ExternalOptions options = ExternalOptions.of(line.ro_external_option());
        return new SetOspfRedistribution(source, add ? new Redistribution(source, options.metric(), options.metricType(),
                !line.SUBNETS().isEmpty(), options.routeMap(), processId) : null);
    }

    private static Command defaultInformation(Ro_default_informationContext line, boolean add) {
        ExternalOptions options = ExternalOptions.of(line.ro_external_option());
        return new SetOspfDefaultInformation(add ? new DefaultInformation(!line.ALWAYS().isEmpty(), options.metric(),
                options.metricType(), options.routeMap()) : null);
    }

    private static Command area(Ro_areaContext line) {
        AreaId id = area(line.ospf_area());
        Ro_area_settingContext setting = line.ro_area_setting();
        if (setting.STUB() != null) {
            return new SetOspfAreaType(id, AreaSettings.Type.STUB, setting.NO_SUMMARY().size() > 0, false);
        }
        if (setting.NSSA() != null) {
            return new SetOspfAreaType(id, AreaSettings.Type.NSSA, !setting.NO_SUMMARY().isEmpty(),
                    !setting.DEFAULT_INFORMATION_ORIGINATE().isEmpty());
        }
        if (setting.DEFAULT_COST() != null) {
            return new SetOspfAreaDefaultCost(id, number(setting.cost, 0, 16777215));
        }
        if (setting.AUTHENTICATION() != null) {
            return new SetOspfAreaAuthentication(id, setting.MESSAGE_DIGEST() != null ? AuthenticationType.MESSAGE_DIGEST
                    : AuthenticationType.SIMPLE);
        }
        return new SetOspfAreaRange(id, range(setting.address, setting.mask), setting.NOT_ADVERTISE() == null, true);
    }

    /**
     * IOS: {@code no area N stub no-summary} takes only {@code no-summary} away (the area stays stub), and
     * likewise for an NSSA's options; {@code no area N stub|nssa} makes it a normal area.
     */
    private static Command areaRemoved(Ro_no_areaContext line) {
        AreaId id = area(line.ospf_area());
        if (line.STUB() != null || line.NSSA() != null) {
            AreaSettings.Type type = line.STUB() != null ? AreaSettings.Type.STUB : AreaSettings.Type.NSSA;
            boolean options = !line.NO_SUMMARY().isEmpty() || !line.DEFAULT_INFORMATION_ORIGINATE().isEmpty();
            if (!options) {
                return new SetOspfAreaType(id, AreaSettings.Type.NORMAL, false, false);
            }
            return new ClearOspfAreaOptions(id, type, !line.NO_SUMMARY().isEmpty(),
                    !line.DEFAULT_INFORMATION_ORIGINATE().isEmpty());
        }
        if (line.DEFAULT_COST() != null) {
            return new SetOspfAreaDefaultCost(id, null);
        }
        if (line.AUTHENTICATION() != null) {
            return new SetOspfAreaAuthentication(id, null);
        }
        if (line.RANGE() != null) {
            return new SetOspfAreaRange(id, range(line.address, line.mask), true, false);
        }
        return new RemoveOspfArea(id);
    }

    /** A range's address and mask: a mask with holes gets the caret, as IOS refuses it. */
    private static Ipv4Prefix range(Token address, Token mask) {
        Ipv4Address maskValue = address(mask);
        int length = Ipv4Prefix.lengthOfMask(maskValue);
        if (length < 0) {
            throw new InvalidArgumentException(mask.getCharPositionInLine());
        }
        return Ipv4Prefix.containing(address(address), length);
    }

    private Command network(Ro_networkContext network, boolean add) {
        return new SetOspfNetwork(address(network.address), address(network.wildcard), area(network.ospf_area()), add);
    }

    private Command passive(Ro_passive_interfaceContext passive, boolean on) {
        InterfaceName name = passive.interface_name() == null ? null : existingInterface(router, passive.interface_name());
        return new SetPassiveInterface(name, on);
    }

    private Command interfaceSetting(If_ospf_settingContext setting) {
        if (setting.MTU_IGNORE() != null) {
            return context -> context.router().ospf().setMtuIgnore(context.currentInterface(), true);
        }
        if (setting.process != null) {
            return new SetInterfaceOspfArea(processId(setting.process), area(setting.ospf_area()));
        }
        if (setting.NETWORK() != null) {
            return new SetInterfaceOspfNetwork(setting.POINT_TO_POINT() != null ? NetworkType.POINT_TO_POINT
                    : NetworkType.BROADCAST);
        }
        if (setting.AUTHENTICATION() != null) {
            AuthenticationType type = setting.MESSAGE_DIGEST() != null ? AuthenticationType.MESSAGE_DIGEST
                    : setting.NULL_AUTHENTICATION() != null ? AuthenticationType.NULL : AuthenticationType.SIMPLE;
            return new SetInterfaceOspfAuthentication(SetInterfaceOspfAuthentication.Line.TYPE, type, 0, null);
        }
        if (setting.AUTHENTICATION_KEY() != null) {
            return new SetInterfaceOspfAuthentication(SetInterfaceOspfAuthentication.Line.KEY, null, 0,
                    key(setting.key, setting.type7));
        }
        if (setting.MESSAGE_DIGEST_KEY() != null) {
            return new SetInterfaceOspfAuthentication(SetInterfaceOspfAuthentication.Line.MESSAGE_DIGEST_KEY, null,
                    number(setting.key_id, 1, 255), key(setting.key, setting.type7));
        }
        SetInterfaceOspfTimer.Setting which = setting.cost != null ? SetInterfaceOspfTimer.Setting.COST
                : setting.hello != null ? SetInterfaceOspfTimer.Setting.HELLO_INTERVAL
                : setting.dead != null ? SetInterfaceOspfTimer.Setting.DEAD_INTERVAL
                : SetInterfaceOspfTimer.Setting.PRIORITY;
        Token value = setting.cost != null ? setting.cost : setting.hello != null ? setting.hello
                : setting.dead != null ? setting.dead : setting.priority;
        return new SetInterfaceOspfTimer(which, number(value, which.min(), which.max()));
    }

    private Command interfaceSettingRemoved(If_no_ip_ospfContext setting) {
        if (setting.MTU_IGNORE() != null) {
            return context -> context.router().ospf().setMtuIgnore(context.currentInterface(), false);
        }
        if (setting.process != null) {
            processId(setting.process);
            area(setting.ospf_area());
            return new SetInterfaceOspfArea(0, null);
        }
        if (setting.NETWORK() != null) {
            return new SetInterfaceOspfNetwork(null);
        }
        if (setting.AUTHENTICATION() != null) {
            return new SetInterfaceOspfAuthentication(SetInterfaceOspfAuthentication.Line.TYPE, null, 0, null);
        }
        if (setting.AUTHENTICATION_KEY() != null) {
            return new SetInterfaceOspfAuthentication(SetInterfaceOspfAuthentication.Line.KEY, null, 0, null);
        }
        if (setting.MESSAGE_DIGEST_KEY() != null) {
            return new SetInterfaceOspfAuthentication(SetInterfaceOspfAuthentication.Line.MESSAGE_DIGEST_KEY, null,
                    number(setting.key_id, 1, 255), null);
        }
        SetInterfaceOspfTimer.Setting which = setting.COST() != null ? SetInterfaceOspfTimer.Setting.COST
                : setting.HELLO_INTERVAL() != null ? SetInterfaceOspfTimer.Setting.HELLO_INTERVAL
                : setting.DEAD_INTERVAL() != null ? SetInterfaceOspfTimer.Setting.DEAD_INTERVAL
                : SetInterfaceOspfTimer.Setting.PRIORITY;
        return new SetInterfaceOspfTimer(which, null);
    }

    /** A key as typed: in clear, or type 7 (decoded; one that does not decode gets the caret). */
    private static String key(Token text, Token type7) {
        if (type7 == null) {
            return text.getText();
        }
        String plain = Type7.decode(text.getText());
        if (plain == null) {
            throw new InvalidArgumentException(text.getCharPositionInLine());
        }
        return plain;
    }

    private static int processId(Token process) {
        return number(process, Ospf.MIN_PROCESS_ID, Ospf.MAX_PROCESS_ID);
    }

    private static AreaId area(Ospf_areaContext area) {
        Token token = area.number != null ? area.number : area.dotted;
        AreaId id = AreaId.parse(token.getText());
        if (id == null) {
            throw new InvalidArgumentException(token.getCharPositionInLine());
        }
        return id;
    }
}
