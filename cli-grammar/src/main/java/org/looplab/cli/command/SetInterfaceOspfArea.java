package org.looplab.cli.command;

import org.looplab.ospf.AreaId;

/** {@code ip ospf N area X} on the current interface; {@code no ip ospf N area X} when {@code area} is null. */
public record SetInterfaceOspfArea(int processId, AreaId area) implements Command {
    @Override
    public void run(CommandContext context) {
        var ospf = context.router().ospf();
        OspfMessages.print(context, area == null ? ospf.removeInterfaceArea(context.currentInterface())
                : ospf.setInterfaceArea(context.currentInterface(), processId, area));
    }
}
