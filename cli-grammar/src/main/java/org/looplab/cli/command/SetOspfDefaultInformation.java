package org.looplab.cli.command;

import org.looplab.ospf.DefaultInformation;

/** {@code default-information originate ...}, or its {@code no} form when {@code origin} is null. */
public record SetOspfDefaultInformation(DefaultInformation origin) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.currentOspfProcess().setDefaultInformation(origin));
    }
}
