package org.looplab.cli.command;

import org.looplab.policy.RouteMapEntry;
import org.looplab.policy.RoutingPolicies;

/**
 * {@code route-map NAME [permit|deny] [SEQ]}: creates or updates the entry and enters config-route-map
 * for it; {@code permit} and {@code sequence} are null when left out.
 */
public record EnterRouteMap(String name, Boolean permit, Integer sequence) implements Command {
    @Override
    public void run(CommandContext context) {
        RouteMapEntry entry = RoutingPolicies.of(context.router()).enterRouteMap(name, permit, sequence);
        if (entry == null) {
            ChangeMessages.print(context, RoutingPolicies.SPECIFY_SEQUENCE);
            return;
        }
        context.enterRouteMap(name, entry.sequence());
    }
}
