package org.looplab.cli.command;

import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.AreaId;

/** {@code [no] area N range A M [not-advertise]}. */
public record SetOspfAreaRange(AreaId area, Ipv4Prefix range, boolean advertise, boolean add) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.currentOspfProcess().setAreaRange(area, range, advertise, add));
    }
}
