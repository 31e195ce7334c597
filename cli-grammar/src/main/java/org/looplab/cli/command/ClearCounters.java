package org.looplab.cli.command;

import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * {@code clear counters [IF]}: after IOS's {@code [confirm]}, {@code show interfaces} counts from zero on
 * that interface or on all of them, and the router logs who did it ({@code %CLEAR-5-COUNTERS}).
 * {@code only} is null for all interfaces.
 */
public record ClearCounters(Interface only) implements Command {
    @Override
    public void run(CommandContext context) {
        String which = only == null ? "all interfaces" : "this interface";
        context.ask(new Confirmation("Clear \"show interface\" counters on " + which + " [confirm]", confirmed -> {
            Router router = confirmed.router();
            long now = router.kernel().now();
            for (Interface iface : only == null ? router.interfaces() : java.util.List.of(only)) {
                iface.counters().clear(now);
            }
            router.log("%CLEAR-5-COUNTERS: Clear counter on "
                    + (only == null ? "all interfaces" : "interface " + only.name().fullName())
                    + " by " + confirmed.requester());
        }));
    }
}
