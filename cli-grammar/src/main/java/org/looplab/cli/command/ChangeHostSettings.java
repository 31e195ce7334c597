package org.looplab.cli.command;

import java.util.function.Function;
import org.looplab.router.Router;

/**
 * A {@code logging} or {@code snmp-server} line or its {@code no} form: {@code change} applies it and
 * answers null, or IOS's message when the router refuses it.
 */
public record ChangeHostSettings(String setting, Function<Router, String> change) implements Command {
    @Override
    public void run(CommandContext context) {
        String refused = change.apply(context.router());
        if (refused != null) {
            context.print(refused + "\n");
        }
    }
}
