package org.looplab.cli.command;

import org.looplab.ospf.AreaId;
import org.looplab.ospf.AuthenticationType;

/** {@code area N authentication [message-digest]}, or {@code no area N authentication} when {@code type} is null. */
public record SetOspfAreaAuthentication(AreaId area, AuthenticationType type) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.currentOspfProcess().setAreaAuthentication(area, type));
    }
}
