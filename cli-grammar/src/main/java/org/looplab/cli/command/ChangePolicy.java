package org.looplab.cli.command;

import java.util.function.Function;
import org.looplab.policy.RoutingPolicies;

/**
 * One change to the router's routing policies ({@link RoutingPolicies}): a prefix-list, AS-path or
 * community-list entry, a route-map clause. Named by the line that asked for it; the model checks and
 * applies, IOS's message, if any, is printed and nothing changes.
 */
public record ChangePolicy(String line, Function<RoutingPolicies, String> change) implements Command {
    @Override
    public void run(CommandContext context) {
        ChangeMessages.print(context, change.apply(RoutingPolicies.of(context.router())));
    }

    @Override
    public String toString() {
        return "ChangePolicy[" + line + "]";
    }
}
