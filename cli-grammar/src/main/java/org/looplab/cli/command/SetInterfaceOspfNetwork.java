package org.looplab.cli.command;

import org.looplab.ospf.NetworkType;

/** {@code ip ospf network point-to-point|broadcast}; {@code no ip ospf network} when {@code type} is null. */
public record SetInterfaceOspfNetwork(NetworkType type) implements Command {
    @Override
    public void run(CommandContext context) {
        OspfMessages.print(context, context.router().ospf().setNetworkType(context.currentInterface(), type));
    }
}
