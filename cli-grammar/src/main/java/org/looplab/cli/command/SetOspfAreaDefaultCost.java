package org.looplab.cli.command;

import org.looplab.ospf.AreaId;

/** {@code area N default-cost C}, or {@code no area N default-cost} when {@code cost} is null. */
public record SetOspfAreaDefaultCost(AreaId area, Integer cost) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.currentOspfProcess().setAreaDefaultCost(area, cost));
    }
}
