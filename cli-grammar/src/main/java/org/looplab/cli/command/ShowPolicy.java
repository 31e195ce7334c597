package org.looplab.cli.command;

import org.looplab.cli.show.ShowIpPrefixList;
import org.looplab.cli.show.ShowRouteMap;
import org.looplab.policy.RoutingPolicies;

/** {@code show ip prefix-list [detail] [NAME]} and {@code show route-map [NAME]}; {@code name} null for all. */
public record ShowPolicy(Report report, String name) implements Command {
    public enum Report { PREFIX_LIST, PREFIX_LIST_DETAIL, ROUTE_MAP }

    @Override
    public void run(CommandContext context) {
        RoutingPolicies policies = RoutingPolicies.of(context.router());
        context.print(switch (report) {
            case PREFIX_LIST -> ShowIpPrefixList.render(policies, name, false);
            case PREFIX_LIST_DETAIL -> ShowIpPrefixList.render(policies, name, true);
            case ROUTE_MAP -> ShowRouteMap.render(policies, name);
        });
    }
}
