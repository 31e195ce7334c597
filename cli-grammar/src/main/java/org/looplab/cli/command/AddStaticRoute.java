package org.looplab.cli.command;

import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;

/**
 * {@code ip route NETWORK MASK {NEXT-HOP | INTERFACE [NEXT-HOP]} [DISTANCE]}; {@code outgoing} or
 * {@code nextHop} may be null. The router refuses bad lines with IOS's message and changes nothing.
 */
public record AddStaticRoute(Ipv4Address network, Ipv4Address mask, InterfaceName outgoing, Ipv4Address nextHop,
                             int distance) implements Command {
    @Override
    public void run(CommandContext context) {
        String refused = context.router().addStaticRoute(network, mask, outgoing, nextHop, distance);
        if (refused != null) {
            context.print(refused + "\n");
        }
    }
}
