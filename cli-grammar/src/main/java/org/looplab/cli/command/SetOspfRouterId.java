package org.looplab.cli.command;

import org.looplab.net.Ipv4Address;

/** {@code router-id A.B.C.D}, or {@code no router-id} when {@code id} is null. */
public record SetOspfRouterId(Ipv4Address id) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.currentOspfProcess().setRouterId(id));
    }
}
