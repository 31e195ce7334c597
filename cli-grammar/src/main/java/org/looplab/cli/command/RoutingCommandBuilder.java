package org.looplab.cli.command;

import static org.looplab.cli.command.ArgumentValues.address;
import static org.looplab.cli.command.ArgumentValues.existingInterface;
import static org.looplab.cli.command.ArgumentValues.number;

import org.antlr.v4.runtime.ParserRuleContext;
import org.looplab.cli.grammar.IosParser.Cfg_ip_routeContext;
import org.looplab.cli.grammar.IosParser.Cfg_ip_route_targetContext;
import org.looplab.cli.grammar.IosParser.Cfg_noContext;
import org.looplab.cli.grammar.IosParser.Cfg_no_ip_routeContext;
import org.looplab.cli.grammar.IosParser.Exec_showContext;
import org.looplab.cli.grammar.IosParser.Exec_show_ip_routeContext;
import org.looplab.cli.grammar.IosParser.Exec_show_publicContext;
import org.looplab.cli.grammar.IosParser.Exec_show_routingContext;
import org.looplab.cli.grammar.IosParser.Exec_user_showContext;
import org.looplab.cli.grammar.IosParser.Route_interfaceContext;
import org.looplab.cli.show.ShowIpRoute;
import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.routing.StaticRoute;

/**
 * Typed commands of the routing grammar (Ios_routing.g4): static routes and the routing table reports.
 * {@link CommandBuilder} asks here first; {@link #build} answers null for rules that are not ours.
 */
public final class RoutingCommandBuilder {
    private final Router router;

    public RoutingCommandBuilder(Router router) {
        this.router = router;
    }

    public Command build(ParserRuleContext ctx) {
        if (ctx instanceof Cfg_ip_routeContext route) {
            return addStaticRoute(route);
        }
        if (ctx instanceof Cfg_noContext no && no.cfg_no_ip_route() != null) {
            return removeStaticRoute(no.cfg_no_ip_route());
        }
        Exec_show_publicContext show = ctx instanceof Exec_showContext privileged ? privileged.exec_show_public()
                : ctx instanceof Exec_user_showContext user ? user.exec_show_public() : null;
        if (show != null && show.exec_show_routing() != null) {
            return showRouting(show.exec_show_routing());
        }
        return null;
    }

    private Command addStaticRoute(Cfg_ip_routeContext route) {
        Cfg_ip_route_targetContext target = route.cfg_ip_route_target();
        int distance = target.distance == null ? StaticRoute.DEFAULT_DISTANCE
                : number(target.distance, StaticRoute.MIN_DISTANCE, StaticRoute.MAX_DISTANCE);
        return new AddStaticRoute(address(route.cfg_ip_route_destination().network),
                address(route.cfg_ip_route_destination().mask), outgoing(target), nextHop(target), distance);
    }

    private Command removeStaticRoute(Cfg_no_ip_routeContext route) {
        Cfg_ip_route_targetContext target = route.cfg_ip_route_target();
        return new RemoveStaticRoute(address(route.cfg_ip_route_destination().network),
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

    private Command showRouting(Exec_show_routingContext routing) {
        Exec_show_ip_routeContext route = routing.exec_show_ip_route();
        if (route.address != null) {
            return ShowRoutingTable.entry(address(route.address), route.mask == null ? null : address(route.mask));
        }
        if (route.SUMMARY() != null) {
            return ShowRoutingTable.summaryReport();
        }
        ShowIpRoute.Filter filter = route.STATIC() != null ? ShowIpRoute.Filter.STATIC
                : route.CONNECTED() != null ? ShowIpRoute.Filter.CONNECTED
                : route.OSPF() != null ? ShowIpRoute.Filter.OSPF : ShowIpRoute.Filter.ALL;
        return ShowRoutingTable.listing(filter);
    }
}
