package org.looplab.cli.command;

import org.looplab.policy.RouteMapMatch;
import org.looplab.policy.RouteMapSet;
import org.looplab.policy.RoutingPolicies;

/**
 * A {@code [no] match ...} or {@code [no] set ...} line in config-route-map mode, applied to the entry the
 * mode is in: {@code match} or {@code set} (exactly one non-null), {@code add} false for the no form.
 */
public record ChangeRouteMapEntry(RouteMapMatch match, RouteMapSet set, Class<? extends RouteMapSet> setKind,
        boolean add) implements Command {
    @Override
    public void run(CommandContext context) {
        RoutingPolicies policies = RoutingPolicies.of(context.router());
        String name = context.currentRouteMapName();
        int sequence = context.currentRouteMapSequence();
        if (policies.routeMap(name) == null || policies.routeMap(name).entry(sequence) == null) {
            // Removed meanwhile (another session's "no route-map"): IOS recreates it as it was entered.
            policies.enterRouteMap(name, true, sequence);
        }
        String message;
        if (match != null) {
            message = add ? policies.addMatch(name, sequence, match) : policies.removeMatch(name, sequence, match);
        } else {
            message = add ? policies.addSet(name, sequence, set) : policies.removeSet(name, sequence, setKind);
        }
        ChangeMessages.print(context, message);
    }
}
