package org.looplab.cli.command;

import org.looplab.ospf.AreaId;

/** {@code no area N}: every {@code area N ...} line of the process goes. */
public record RemoveOspfArea(AreaId area) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.currentOspfProcess().removeAreaSettings(area));
    }
}
