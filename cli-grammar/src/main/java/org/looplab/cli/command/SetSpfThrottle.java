package org.looplab.cli.command;

import org.looplab.ospf.SpfThrottle;

/** {@code timers throttle spf START HOLD MAX} (milliseconds); {@code no timers throttle spf} (null) restores them. */
public record SetSpfThrottle(SpfThrottle throttle) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.currentOspfProcess().setSpfThrottle(throttle));
    }
}
