package org.looplab.cli.command;

import static org.looplab.cli.command.ArgumentValues.address;
import static org.looplab.cli.command.ArgumentValues.existingInterface;
import static org.looplab.cli.command.ArgumentValues.number;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.looplab.cli.grammar.IosParser.Cfg_noContext;
import org.looplab.cli.grammar.IosParser.Cfg_router_ospfContext;
import org.looplab.cli.grammar.IosParser.Exec_show_ip_ospfContext;
import org.looplab.cli.grammar.IosParser.Exec_show_routingContext;
import org.looplab.cli.grammar.IosParser.If_ip_ospfContext;
import org.looplab.cli.grammar.IosParser.If_noContext;
import org.looplab.cli.grammar.IosParser.If_no_ip_ospfContext;
import org.looplab.cli.grammar.IosParser.If_ospf_settingContext;
import org.looplab.cli.grammar.IosParser.Ospf_areaContext;
import org.looplab.cli.grammar.IosParser.Ro_auto_costContext;
import org.looplab.cli.grammar.IosParser.Ro_networkContext;
import org.looplab.cli.grammar.IosParser.Ro_noContext;
import org.looplab.cli.grammar.IosParser.Ro_passive_interfaceContext;
import org.looplab.cli.grammar.IosParser.Ro_router_idContext;
import org.looplab.cli.grammar.IosParser.Ro_timers_throttle_spfContext;
import org.looplab.ospf.AreaId;
import org.looplab.ospf.NetworkType;
import org.looplab.ospf.Ospf;
import org.looplab.ospf.OspfProcess;
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
            return new ShowOspf(ShowOspf.Report.NEIGHBOR, null);
        }
        if (ospf.DATABASE() != null) {
            return new ShowOspf(ShowOspf.Report.DATABASE, null);
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
        return new SetSpfThrottle(null);
    }

    private Command network(Ro_networkContext network, boolean add) {
        return new SetOspfNetwork(address(network.address), address(network.wildcard), area(network.ospf_area()), add);
    }

    private Command passive(Ro_passive_interfaceContext passive, boolean on) {
        InterfaceName name = passive.interface_name() == null ? null : existingInterface(router, passive.interface_name());
        return new SetPassiveInterface(name, on);
    }

    private Command interfaceSetting(If_ospf_settingContext setting) {
        if (setting.process != null) {
            return new SetInterfaceOspfArea(processId(setting.process), area(setting.ospf_area()));
        }
        if (setting.NETWORK() != null) {
            return new SetInterfaceOspfNetwork(setting.POINT_TO_POINT() != null ? NetworkType.POINT_TO_POINT
                    : NetworkType.BROADCAST);
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
        if (setting.process != null) {
            processId(setting.process);
            area(setting.ospf_area());
            return new SetInterfaceOspfArea(0, null);
        }
        if (setting.NETWORK() != null) {
            return new SetInterfaceOspfNetwork(null);
        }
        SetInterfaceOspfTimer.Setting which = setting.COST() != null ? SetInterfaceOspfTimer.Setting.COST
                : setting.HELLO_INTERVAL() != null ? SetInterfaceOspfTimer.Setting.HELLO_INTERVAL
                : setting.DEAD_INTERVAL() != null ? SetInterfaceOspfTimer.Setting.DEAD_INTERVAL
                : SetInterfaceOspfTimer.Setting.PRIORITY;
        return new SetInterfaceOspfTimer(which, null);
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
