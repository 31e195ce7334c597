package org.looplab.cli.command;

import org.looplab.net.Ipv4Address;
import org.looplab.ospf.AreaId;

/** {@code [no] network ADDRESS WILDCARD area AREA} in config-router mode. */
public record SetOspfNetwork(Ipv4Address address, Ipv4Address wildcard, AreaId area, boolean add) implements Command {
    @Override
    public void run(CommandContext context) {
        var process = context.currentOspfProcess();
        OspfMessages.print(context, add ? process.addNetwork(address, wildcard, area)
                : process.removeNetwork(address, wildcard, area));
    }
}
