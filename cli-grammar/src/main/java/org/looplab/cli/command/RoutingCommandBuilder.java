package org.looplab.cli.command;

import static org.looplab.cli.command.ArgumentValues.address;
import static org.looplab.cli.command.ArgumentValues.existingInterface;
import static org.looplab.cli.command.ArgumentValues.number;

import org.antlr.v4.runtime.ParserRuleContext;
import org.looplab.cli.grammar.IosParser.Cfg_ip_routeContext;
import org.looplab.cli.grammar.IosParser.Cfg_ip_route_targetContext;
import org.looplab.cli.grammar.IosParser.Cfg_noContext;
import org.looplab.cli.grammar.IosParser.Cfg_no_ip_routeContext;
import org.looplab.cli.grammar.IosParser.Exec_clear_ip_bgpContext;
import org.looplab.cli.grammar.IosParser.Exec_show_ip_routeContext;
import org.looplab.cli.grammar.IosParser.Exec_show_publicContext;
import org.looplab.cli.grammar.IosParser.Exec_show_routingContext;
import org.looplab.cli.grammar.IosParser.Exec_pingContext;
import org.looplab.cli.grammar.IosParser.Exec_tracerouteContext;
import org.looplab.cli.grammar.IosParser.Ping_optionContext;
import org.looplab.cli.grammar.IosParser.Ping_sourceContext;
import org.looplab.cli.grammar.IosParser.Route_interfaceContext;
import org.looplab.cli.show.ShowIpRoute;
import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.routing.StaticRoute;

/**
 * Typed commands of the routing grammars (Ios_routing.g4, Ios_ping.g4; OSPF's through
 * {@link OspfCommandBuilder}): static routes, the routing table reports, ping and traceroute.
 * {@link CommandBuilder} asks here first; {@link #build} answers null for rules that are not ours.
 */
public final class RoutingCommandBuilder {
    private final Router router;
    private final OspfCommandBuilder ospf;
    private final BgpCommandBuilder bgp;

    public RoutingCommandBuilder(Router router) {
        this.router = router;
        this.ospf = new OspfCommandBuilder(router);
        this.bgp = new BgpCommandBuilder(router);
    }

    public Command build(ParserRuleContext ctx) {
        Command ospfCommand = ospf.build(ctx);
        if (ospfCommand != null) {
            return ospfCommand;
        }
        Command bgpCommand = bgp.build(ctx);
        if (bgpCommand != null) {
            return bgpCommand;
        }
        if (ctx instanceof Cfg_ip_routeContext route) {
            return addStaticRoute(route);
        }
        if (ctx instanceof Exec_pingContext ping) {
            return ping(ping);
        }
        if (ctx instanceof Exec_tracerouteContext trace) {
            return traceroute(trace);
        }
        if (ctx instanceof Cfg_noContext no && no.cfg_no_ip_route() != null) {
            return removeStaticRoute(no.cfg_no_ip_route());
        }
        Exec_show_publicContext show = CommandBuilder.showPublic(ctx);
        if (show != null && show.exec_show_routing() != null) {
            return showRouting(show.exec_show_routing());
        }
        if (show != null && show.exec_show_bgp() != null) {
            return BgpReportCommandBuilder.showBgp(show.exec_show_bgp());
        }
        if (show != null && show.exec_show_tcp() != null) {
            return BgpReportCommandBuilder.showTcp(show.exec_show_tcp());
        }
        if (ctx instanceof Exec_clear_ip_bgpContext clear) {
            return BgpReportCommandBuilder.clear(clear);
        }
        return null;
    }

    private Command addStaticRoute(Cfg_ip_routeContext route) {
        if (route.track != null) {
            number(route.track, 1, 1000);
            return new KeepInertLine(ArgumentValues.words(route), false);
        }
        Cfg_ip_route_targetContext target = route.cfg_ip_route_target();
        int distance = target.distance == null ? StaticRoute.DEFAULT_DISTANCE
                : number(target.distance, StaticRoute.MIN_DISTANCE, StaticRoute.MAX_DISTANCE);
        return new AddStaticRoute(route.vrf == null ? null : route.vrf.getText(),
                address(route.cfg_ip_route_destination().network),
                address(route.cfg_ip_route_destination().mask), outgoing(target), nextHop(target), distance);
    }

    private Command removeStaticRoute(Cfg_no_ip_routeContext route) {
        if (route.track != null) {
            return new KeepInertLine("no " + ArgumentValues.words(route), false);
        }
        Cfg_ip_route_targetContext target = route.cfg_ip_route_target();
        return new RemoveStaticRoute(route.vrf == null ? null : route.vrf.getText(),
                address(route.cfg_ip_route_destination().network),
                address(route.cfg_ip_route_destination().mask), target == null ? null : outgoing(target),
                target == null ? null : nextHop(target));
    }

    private InterfaceName outgoing(Cfg_ip_route_targetContext target) {
        Route_interfaceContext named = target.route_interface();
        if (named == null) {
            return null;
        }
        if (named.NULL() != null) {
            if (!named.number.getText().equals("0")) {
                throw new InvalidArgumentException(named.number.getCharPositionInLine());
            }
            return InterfaceName.nullInterface();
        }
        return existingInterface(router, named.interface_name());
    }

    private static Ipv4Address nextHop(Cfg_ip_route_targetContext target) {
        return target.next_hop == null ? null : address(target.next_hop);
    }

    private Command ping(Exec_pingContext ping) {
        if (ping.destination == null && ping.name == null) {
            return new StartExtendedPing();
        }
        PingCommand command = PingCommand.withDefaults(ping.name != null ? null : address(ping.destination));
        InterfaceName sourceInterface = null;
        Ipv4Address sourceAddress = null;
        int repeat = command.repeat();
        int size = command.sizeBytes();
        int timeout = command.timeoutSeconds();
        boolean dontFragment = false;
        // IOS takes the options in any order; a repeated one counts with its last value.
        for (Ping_optionContext option : ping.ping_option()) {
            if (option.ping_source() != null) {
                sourceInterface = sourceInterface(option.ping_source());
                sourceAddress = sourceAddress(option.ping_source());
            } else if (option.count != null) {
                repeat = number(option.count, 1, Integer.MAX_VALUE);
            } else if (option.bytes != null) {
                size = number(option.bytes, PingCommand.MIN_SIZE, PingCommand.MAX_SIZE);
            } else if (option.DF_BIT() != null) {
                dontFragment = true;
            } else {
                timeout = number(option.seconds, 0, PingCommand.MAX_TIMEOUT);
            }
        }
        PingCommand built = new PingCommand(command.destination(), sourceInterface, sourceAddress, repeat, size, timeout,
                ping.vrf == null ? null : ping.vrf.getText(), dontFragment);
        return ping.name == null ? built : new ByHostName(ping.name.getText(), ByHostName.Purpose.PROBE,
                host -> built.toward(host.addresses().get(0)));
    }

    private Command traceroute(Exec_tracerouteContext trace) {
        InterfaceName sourceInterface = null;
        Ipv4Address sourceAddress = null;
        int minTtl = TracerouteCommand.MIN_TTL;
        int maxTtl = TracerouteCommand.MAX_TTL;
        int probes = TracerouteCommand.PROBES;
        int timeout = TracerouteCommand.TIMEOUT_SECONDS;
        // IOS takes the options in any order; a repeated one counts with its last value.
        for (org.looplab.cli.grammar.IosParser.Traceroute_optionContext option : trace.traceroute_option()) {
            if (option.ping_source() != null) {
                sourceInterface = sourceInterface(option.ping_source());
                sourceAddress = sourceAddress(option.ping_source());
            } else if (option.min_ttl != null) {
                minTtl = number(option.min_ttl, 0, 255);
                maxTtl = number(option.max_ttl, 0, 255);
            } else if (option.probes != null) {
                probes = number(option.probes, 1, 65535);
            } else if (option.seconds != null) {
                timeout = number(option.seconds, 0, PingCommand.MAX_TIMEOUT);
            }
        }
        TracerouteCommand built = new TracerouteCommand(trace.name != null ? null : address(trace.destination),
                sourceInterface, sourceAddress, minTtl, maxTtl, probes, timeout,
                trace.vrf == null ? null : trace.vrf.getText());
        return trace.name == null ? built : new ByHostName(trace.name.getText(), ByHostName.Purpose.PROBE,
                host -> built.toward(host.addresses().get(0)));
    }

    private InterfaceName sourceInterface(Ping_sourceContext source) {
        return source == null || source.interface_name() == null ? null
                : existingInterface(router, source.interface_name());
    }

    private static Ipv4Address sourceAddress(Ping_sourceContext source) {
        return source == null || source.address == null ? null : address(source.address);
    }

    private Command showRouting(Exec_show_routingContext routing) {
        if (routing.exec_show_ip_bgp() != null) {
            return BgpReportCommandBuilder.showIpBgp(routing.exec_show_ip_bgp());
        }
        if (routing.exec_show_vrf() != null || routing.exec_show_ip_vrf() != null) {
            return ShowVrfCommand.of(routing);
        }
        if (routing.exec_show_ip_route() == null) {
            return ospf.show(routing);
        }
        Exec_show_ip_routeContext route = routing.exec_show_ip_route();
        String vrf = route.vrf == null ? null : route.vrf.getText();
        if (route.address != null) {
            if (route.LONGER_PREFIXES() != null) {
                return ShowRoutingTable.longerPrefixes(vrf, address(route.address), address(route.mask));
            }
            return ShowRoutingTable.entry(vrf, address(route.address), route.mask == null ? null : address(route.mask));
        }
        if (route.SUMMARY() != null) {
            if (vrf != null) {
                throw new InvalidArgumentException(route.SUMMARY().getSymbol().getCharPositionInLine());
            }
            return ShowRoutingTable.summaryReport();
        }
        ShowIpRoute.Filter filter = route.STATIC() != null ? ShowIpRoute.Filter.STATIC
                : route.CONNECTED() != null ? ShowIpRoute.Filter.CONNECTED
                : route.OSPF() != null ? ShowIpRoute.Filter.OSPF
                : route.BGP() != null ? ShowIpRoute.Filter.BGP : ShowIpRoute.Filter.ALL;
        return ShowRoutingTable.listing(vrf, filter);
    }
}
